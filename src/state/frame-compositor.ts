/**
 * One picture or video frame: the map, with a caption band saying the date, the dataset and the
 * map's credits (the licences of the basemap data ask for them on every copy), and, if chosen,
 * the event card in a box. Drawn on a 2D canvas, so the same frame goes into a PNG, a WebM or a
 * GIF. Sizes are fractions of the frame's height, so 720p and 1080p frames look alike.
 */

/** The words on a frame, written by the UI (dates in words, the card's text). */
export interface FrameText {
  /** The date shown, e.g. "17 March 2011". */
  date: string;
  /** What the map is, e.g. the dataset's title. */
  title: string;
  /** The map's credits as one line. */
  credits: string;
  /** The event card, when chosen and an event is featured. */
  card?: { heading: string; date: string; body: string };
}

/** Fractions of the frame's height. */
const BAND = 0.11;
const DATE_SIZE = 0.055;
const TITLE_SIZE = 0.027;
const CREDITS_SIZE = 0.017;
const MARGIN = 0.025;
const CARD_WIDTH = 0.36; // of the width
const CARD_HEADING = 0.032;
const CARD_TEXT = 0.024;
const CARD_BODY_LINES = 9;
const FONT = 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif';
const INK = '#1d2433';
const MUTED = '#555f73';

/**
 * Draws a frame over the whole of `ctx`'s canvas: `map` scaled to cover it (centred, cropped on
 * the long side), then the caption band and the card.
 */
export function composeFrame(ctx: CanvasRenderingContext2D, map: CanvasImageSource & Sized, text: FrameText): void {
  const { width: w, height: h } = ctx.canvas;
  ctx.save();
  ctx.fillStyle = '#fbfaf7';
  ctx.fillRect(0, 0, w, h);
  drawCover(ctx, map, w, h);
  drawBand(ctx, text, w, h);
  if (text.card) drawCard(ctx, text.card, w, h);
  ctx.restore();
}

interface Sized {
  width: number;
  height: number;
}

function drawCover(ctx: CanvasRenderingContext2D, map: CanvasImageSource & Sized, w: number, h: number): void {
  if (map.width === 0 || map.height === 0) return;
  const scale = Math.max(w / map.width, h / map.height);
  const sw = w / scale;
  const sh = h / scale;
  ctx.drawImage(map, (map.width - sw) / 2, (map.height - sh) / 2, sw, sh, 0, 0, w, h);
}

function drawBand(ctx: CanvasRenderingContext2D, text: FrameText, w: number, h: number): void {
  const band = h * BAND;
  const pad = h * MARGIN;
  ctx.fillStyle = 'rgb(255 255 255 / 0.9)';
  ctx.fillRect(0, h - band, w, band);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = `700 ${Math.round(h * DATE_SIZE)}px ${FONT}`;
  ctx.fillText(text.date, pad, h - band / 2);
  const dateWidth = ctx.measureText(text.date).width;
  ctx.textAlign = 'right';
  const room = w - dateWidth - 3 * pad;
  ctx.font = `400 ${Math.round(h * TITLE_SIZE)}px ${FONT}`;
  ctx.fillText(fit(ctx, text.title, room), w - pad, h - band * 0.62);
  ctx.fillStyle = MUTED;
  ctx.font = `400 ${Math.round(h * CREDITS_SIZE)}px ${FONT}`;
  ctx.fillText(fit(ctx, text.credits, room), w - pad, h - band * 0.27);
}

function drawCard(ctx: CanvasRenderingContext2D, card: NonNullable<FrameText['card']>, w: number, h: number): void {
  const pad = h * MARGIN;
  const inner = w * CARD_WIDTH - 2 * pad;
  const heading = Math.round(h * CARD_HEADING);
  const body = Math.round(h * CARD_TEXT);
  ctx.font = `700 ${heading}px ${FONT}`;
  const headLines = wrap(ctx, card.heading, inner, 3);
  ctx.font = `400 ${body}px ${FONT}`;
  const bodyLines = wrap(ctx, card.body, inner, CARD_BODY_LINES);
  const lineGap = 1.3;
  const boxHeight = pad * 2 + headLines.length * heading * lineGap + body * lineGap * (1.4 + bodyLines.length);
  ctx.fillStyle = 'rgb(255 255 255 / 0.93)';
  ctx.strokeStyle = '#d9dce3';
  ctx.lineWidth = Math.max(1, h / 720);
  ctx.beginPath();
  ctx.roundRect(pad, pad, w * CARD_WIDTH, boxHeight, h * 0.01);
  ctx.fill();
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  let y = pad * 2;
  ctx.fillStyle = INK;
  ctx.font = `700 ${heading}px ${FONT}`;
  for (const line of headLines) {
    ctx.fillText(line, pad * 2, y);
    y += heading * lineGap;
  }
  ctx.fillStyle = MUTED;
  ctx.font = `600 ${body}px ${FONT}`;
  ctx.fillText(fit(ctx, card.date, inner), pad * 2, y + body * 0.1);
  y += body * lineGap * 1.4;
  ctx.fillStyle = INK;
  ctx.font = `400 ${body}px ${FONT}`;
  for (const line of bodyLines) {
    ctx.fillText(line, pad * 2, y);
    y += body * lineGap;
  }
}

/** `text` cut with an ellipsis to fit `width` in the current font. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Words of `text` in lines at most `width` wide, at most `maxLines`; the last cut with "…". */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (lines.length === maxLines) lines[maxLines - 1] = fit(ctx, `${lines[maxLines - 1]} ${line}`, width - 1);
  return lines.map((l) => fit(ctx, l, width));
}
