/**
 * Event points drawn on the GPU with time as a shader uniform, so moving the time slider is a
 * repaint and nothing else: no `setData`, no `setFilter`, no tile reload.
 *
 * Why a custom layer and not MapLibre's `global-state` expression: a `global-state` inside a
 * data-driven paint property (which visibility-by-date must be) makes MapLibre reload the
 * source's tiles on every change (Style#_applyGlobalStateChanges → _updateLayer → "reload");
 * `npm run bench` measures both against the naive `setData` baseline.
 *
 * The visibility rule is `visibilityForTime` in src/core/dataset/select-events.ts, written again in GLSL
 * below; the browser tests check that the map and the event list agree.
 */
import { MercatorCoordinate } from './maplibre.ts';
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from './maplibre.ts';
import type { Rgb } from './event-style.ts';

export interface EventPoint {
  lon: number;
  lat: number;
  /** First and last epoch day of the event (inclusive). */
  first: number;
  last: number;
  /** Index into the palette and the shape table. */
  styleIndex: number;
}

/** Opacity of an event that is still shown but has fully faded (recency 0). */
export const FADED_OPACITY = 0.3;

export interface PointsTime {
  /** Fractional epoch day. */
  time: number;
  /** Days an event stays on the map after it ends; `Infinity` for cumulative mode. */
  windowDays: number;
  /** In cumulative mode, days over which a past event fades to FADED_OPACITY. */
  fadeDays: number;
}

/** Largest number of styles (type colours/shapes) the shader's uniform arrays hold. */
export const MAX_STYLES = 24;
const FLOATS_PER_POINT = 7; // x, y, first, last, style, index, mask

const VERTEX_SHADER = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform float u_time;
uniform float u_window;
uniform float u_fade;
uniform float u_size;
uniform float u_selected;
uniform float u_min_opacity;
in vec2 a_pos;
in vec2 a_span;
in float a_style;
in float a_index;
in float a_mask;
out float v_alpha;
out float v_style;
out float v_selected;
void main() {
  // visibilityForTime (src/core/dataset/select-events.ts), in GLSL; u_window <= 0 means cumulative.
  float age = max(0.0, u_time - (a_span.y + 1.0));
  float fade = u_window > 0.0 ? u_window : u_fade;
  bool visible = a_mask > 0.5 && a_span.x <= u_time && (u_window <= 0.0 || age < fade);
  float recency = visible ? max(0.0, 1.0 - age / fade) : 0.0;
  float alpha = visible ? u_min_opacity + (1.0 - u_min_opacity) * recency : 0.0;
  v_alpha = alpha;
  v_style = a_style;
  v_selected = abs(a_index - u_selected) < 0.5 ? 1.0 : 0.0;
  gl_Position = alpha > 0.0 ? u_matrix * vec4(a_pos, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
  gl_PointSize = u_size * (recency >= 1.0 ? 1.0 : 0.8) * (v_selected > 0.5 ? 1.5 : 1.0);
}`;

// Shapes as signed distances on the point sprite: 0 circle, 1 square, 2 diamond, 3 triangle,
// 4 cross, 5 hexagon, 6 star-ish, 7 ring. Colour plus shape keeps types apart for colour-blind viewers.
const FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform vec3 u_colours[${MAX_STYLES}];
uniform float u_shapes[${MAX_STYLES}];
uniform float u_size;
in float v_alpha;
in float v_style;
in float v_selected;
out vec4 fragColor;
float shapeDistance(float shape, vec2 p) {
  vec2 a = abs(p);
  if (shape < 0.5) return length(p) - 0.8;
  if (shape < 1.5) return max(a.x, a.y) - 0.68;
  if (shape < 2.5) return (a.x + a.y) - 0.9;
  if (shape < 3.5) return max(a.x * 0.866 + p.y * 0.5, -p.y) - 0.45;
  if (shape < 4.5) return min(max(a.x - 0.28, a.y - 0.85), max(a.x - 0.85, a.y - 0.28));
  if (shape < 5.5) return max(a.x * 0.866 + a.y * 0.5, a.y) - 0.75;
  if (shape < 6.5) return min(max(a.x, a.y) - 0.55, (a.x + a.y) - 0.85);
  return abs(length(p) - 0.6) - 0.2;
}
void main() {
  if (v_alpha <= 0.0) discard;
  vec2 p = (gl_PointCoord * 2.0 - 1.0) * vec2(1.0, -1.0);
  int i = int(v_style + 0.5);
  float d = shapeDistance(u_shapes[i], p);
  float px = 2.0 / u_size;
  float fill = 1.0 - smoothstep(-px, px, d);
  float outline = 1.0 - smoothstep(-px, px, d - 2.5 * px);
  if (outline <= 0.0) discard;
  vec3 edge = v_selected > 0.5 ? vec3(0.0) : vec3(1.0);
  vec3 colour = mix(edge, u_colours[i], fill);
  float a = v_alpha * max(fill, outline);
  fragColor = vec4(colour * a, a);
}`;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('WebGL could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`event layer shader: ${gl.getShaderInfoLog(shader) ?? 'compile error'}`);
  }
  return shader;
}

/**
 * Points sorted by first day, packed into the interleaved vertex layout the shader reads. The
 * sort lets each frame draw only the slice of points that can be visible (see `visibleSlice`),
 * so the vertex work follows what is on screen, not the size of the dataset. `a_index` keeps each
 * point's original index (for the selection highlight and the filter mask).
 */
export function packPoints(
  points: readonly EventPoint[],
  mask?: Uint8Array,
): { data: Float32Array<ArrayBuffer>; order: Uint32Array; firsts: Float64Array; longestSpan: number } {
  const order = Uint32Array.from(points.keys()).sort((a, b) => points[a]!.first - points[b]!.first);
  const data = new Float32Array(points.length * FLOATS_PER_POINT);
  const firsts = new Float64Array(points.length);
  let longestSpan = 0;
  order.forEach((original, i) => {
    const p = points[original]!;
    const m = MercatorCoordinate.fromLngLat([p.lon, p.lat]);
    const o = i * FLOATS_PER_POINT;
    data[o] = m.x;
    data[o + 1] = m.y;
    data[o + 2] = p.first;
    data[o + 3] = p.last;
    data[o + 4] = p.styleIndex;
    data[o + 5] = original;
    data[o + 6] = mask ? (mask[original] ?? 1) : 1;
    firsts[i] = p.first;
    longestSpan = Math.max(longestSpan, p.last - p.first);
  });
  return { data, order, firsts, longestSpan };
}

/** First index whose value is ≥ x (values sorted ascending). */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range [from, to) of points (sorted by first day) that can be visible at `time`: those that
 * have begun, and in a window only those that may not have faded yet. Exported for unit tests.
 */
export function visibleSlice(
  firsts: Float64Array,
  longestSpan: number,
  state: PointsTime,
): { from: number; to: number } {
  // first <= time  ⇔  first < floor(time) + 1 for whole-day firsts.
  const to = lowerBound(firsts, Math.floor(state.time) + 1);
  if (!Number.isFinite(state.windowDays)) return { from: 0, to };
  // Visible needs time - (last + 1) < window, and last <= first + longestSpan.
  const from = lowerBound(firsts, state.time - state.windowDays - longestSpan - 1);
  return { from: Math.min(from, to), to };
}

export class EventPointsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;

  private map: MapLibreMap | undefined;
  private gl: WebGL2RenderingContext | undefined;
  private program: WebGLProgram | undefined;
  private buffer: WebGLBuffer | undefined;
  private vao: WebGLVertexArrayObject | undefined;
  private data: Float32Array<ArrayBuffer> = new Float32Array(0);
  private order: Uint32Array = new Uint32Array(0);
  private firsts: Float64Array = new Float64Array(0);
  private longestSpan = 0;
  private count = 0;
  private dirty = true;
  private timeState: PointsTime = { time: 0, windowDays: Infinity, fadeDays: 30 };
  private selected = -1;
  /** Where the selected point sits in the sorted buffer (-1: none). */
  private selectedAt = -1;
  private colours = new Float32Array(MAX_STYLES * 3);
  private shapes = new Float32Array(MAX_STYLES);
  private size = 14;

  constructor(id: string, styles: readonly { colour: Rgb; shape: number }[]) {
    this.id = id;
    if (styles.length > MAX_STYLES) throw new Error(`at most ${MAX_STYLES} event styles`);
    styles.forEach((s, i) => {
      this.colours.set(
        s.colour.map((c) => c / 255),
        i * 3,
      );
      this.shapes[i] = s.shape;
    });
  }

  /** Replaces all points: a data change (new dataset), never a time change. */
  setPoints(points: readonly EventPoint[], mask?: Uint8Array): void {
    ({
      data: this.data,
      order: this.order,
      firsts: this.firsts,
      longestSpan: this.longestSpan,
    } = packPoints(points, mask));
    this.count = points.length;
    this.selectedAt = this.selected >= 0 ? this.order.indexOf(this.selected) : -1;
    this.dirty = true;
    this.map?.triggerRepaint();
  }

  /** Marks which points pass the filters (1) or not (0): one small buffer update, not a rebuild. */
  setMask(mask: Uint8Array): void {
    for (let i = 0; i < this.count; i++) this.data[i * FLOATS_PER_POINT + 6] = mask[this.order[i]!] ?? 1;
    this.dirty = true;
    this.map?.triggerRepaint();
  }

  /** The time change: uniforms only. */
  setTime(state: PointsTime): void {
    this.timeState = state;
    this.map?.triggerRepaint();
  }

  setSelected(index: number): void {
    this.selected = index;
    this.selectedAt = index >= 0 ? this.order.indexOf(index) : -1;
    this.map?.triggerRepaint();
  }

  setSize(pixels: number): void {
    this.size = pixels;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!(gl instanceof WebGL2RenderingContext)) throw new Error('the event layer needs WebGL 2');
    this.map = map;
    this.gl = gl;
    const program = gl.createProgram();
    if (!program) throw new Error('WebGL could not create a program');
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      throw new Error(`event layer program: ${gl.getProgramInfoLog(program) ?? 'link error'}`);
    }
    this.program = program;
    this.buffer = gl.createBuffer() ?? undefined;
    this.vao = gl.createVertexArray() ?? undefined;
    gl.bindVertexArray(this.vao ?? null);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer ?? null);
    const stride = FLOATS_PER_POINT * 4;
    const attribute = (name: string, size: number, offset: number) => {
      const loc = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, gl.FLOAT, false, stride, offset * 4);
    };
    attribute('a_pos', 2, 0);
    attribute('a_span', 2, 2);
    attribute('a_style', 1, 4);
    attribute('a_index', 1, 5);
    attribute('a_mask', 1, 6);
    gl.bindVertexArray(null);
    this.dirty = true;
  }

  onRemove(): void {
    const gl = this.gl;
    if (!gl) return;
    if (this.buffer) gl.deleteBuffer(this.buffer);
    if (this.vao) gl.deleteVertexArray(this.vao);
    if (this.program) gl.deleteProgram(this.program);
    this.gl = undefined;
    this.map = undefined;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    if (!this.program || !this.vao || this.count === 0) return;
    gl2.useProgram(this.program);
    gl2.bindVertexArray(this.vao);
    if (this.dirty) {
      gl2.bindBuffer(gl2.ARRAY_BUFFER, this.buffer ?? null);
      gl2.bufferData(gl2.ARRAY_BUFFER, this.data, gl2.DYNAMIC_DRAW);
      this.dirty = false;
    }
    const u = (name: string) => gl2.getUniformLocation(this.program!, name);
    const { time, windowDays, fadeDays } = this.timeState;
    gl2.uniformMatrix4fv(u('u_matrix'), false, options.defaultProjectionData.mainMatrix as Float32Array);
    gl2.uniform1f(u('u_time'), time);
    // The shader reads a non-positive window as "cumulative".
    gl2.uniform1f(u('u_window'), Number.isFinite(windowDays) ? windowDays : -1);
    gl2.uniform1f(u('u_fade'), fadeDays);
    gl2.uniform1f(u('u_size'), this.size * (globalThis.devicePixelRatio || 1));
    gl2.uniform1f(u('u_selected'), this.selected);
    gl2.uniform1f(u('u_min_opacity'), FADED_OPACITY);
    gl2.uniform3fv(u('u_colours'), this.colours);
    gl2.uniform1fv(u('u_shapes'), this.shapes);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    const { from, to } = visibleSlice(this.firsts, this.longestSpan, this.timeState);
    if (to > from) gl2.drawArrays(gl2.POINTS, from, to - from);
    // Events at one place overlap; the selected one is drawn once more, on top.
    if (this.selectedAt >= from && this.selectedAt < to) gl2.drawArrays(gl2.POINTS, this.selectedAt, 1);
    gl2.bindVertexArray(null);
  }
}
