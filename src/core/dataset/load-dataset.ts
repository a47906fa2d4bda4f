/**
 * Turning the shipped data files into one {@link Dataset}, without touching the file system:
 * the browser bundles the files as JSON imports, the CLI reads them from disk, and both end here.
 */
import type { Dataset, Gazetteer, Source, TimeEvent } from './schema.ts';

/** The three files the app ships in `geodata/`, already parsed and validated one by one. */
export interface DatasetParts {
  sources: Source[];
  places: Gazetteer;
  events: TimeEvent[];
}

/** What the default dataset says about itself; the records come from the three files. */
export const DEFAULT_DATASET_META = {
  id: 'us-pakistan-2011',
  lang: 'en',
  title: 'The US–Pakistan crisis of 2011',
  description:
    'Events of the 2011 rift between the United States and Pakistan (the Raymond Davis affair, CIA drone ' +
    'strikes, the ISI chief in Washington) as three contemporary articles report them: AP (Aug 2011), ' +
    'ABC News (13 Apr 2011) and an RSIS commentary (25 Apr 2011), dated to the day by news reports of the ' +
    "time where the articles are vague. Where the sources disagree, each source's claim is kept side by side; " +
    "a report's correction stands beside an article's claim, never in its place.",
  licence:
    'Event titles, summaries and claims are our own paraphrases of the articles and reports (no source text is ' +
    'included). Place geometries come from open data under their own licences and credits: see ' +
    "geodata/README.md and each place's geometrySource.",
  // Our own translations, as the events' (see geodata/README.md on how they were written).
  translations: {
    es: {
      title: 'La crisis entre Estados Unidos y Pakistán en 2011',
      description:
        'Hechos de la ruptura de 2011 entre Estados Unidos y Pakistán (el caso Raymond Davis, los ataques con ' +
        'drones de la CIA, el jefe del ISI en Washington) tal como los cuentan tres artículos de la época: AP ' +
        '(agosto de 2011), ABC News (13 de abril de 2011) y un comentario de RSIS (25 de abril de 2011), fechados ' +
        'al día con noticias de entonces donde los artículos son vagos. Donde las fuentes discrepan, se muestra ' +
        'lo que dice cada una, una al lado de la otra.',
    },
    ur: {
      title: '2011 کا امریکہ پاکستان بحران',
      description:
        '2011 میں امریکہ اور پاکستان کے درمیان دراڑ کے واقعات (ریمنڈ ڈیوس کا معاملہ، سی آئی اے کے ڈرون حملے، ' +
        'واشنگٹن میں آئی ایس آئی کے سربراہ)، جیسا کہ اُس وقت کے تین مضامین بیان کرتے ہیں: اے پی (اگست 2011)، ' +
        'اے بی سی نیوز (13 اپریل 2011) اور آر ایس آئی ایس کا تبصرہ (25 اپریل 2011)۔ جہاں مضامین مبہم ہیں، ' +
        'وہاں اُس زمانے کی خبروں سے دن متعین کیا گیا ہے۔ جہاں ذرائع میں اختلاف ہے، ہر ذریعے کا دعویٰ ساتھ ساتھ رکھا گیا ہے۔',
    },
  },
} as const;

/** Build the default dataset from its three parts. The parts are not copied or changed. */
export function assembleDataset(parts: DatasetParts): Dataset {
  return { ...DEFAULT_DATASET_META, sources: parts.sources, places: parts.places, events: parts.events };
}

/** Where a JSON text stops being JSON: 1-based line and column, and the 0-based offset. */
export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

const MAX_ENGINE_MESSAGE = 80;

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * `JSON.parse` with the place of a syntax error as line and column. Node 20 reports only an
 * offset, and for some errors ("Unexpected token 'x', … is not valid JSON") not even that, so the
 * place is found by {@link locateJsonError} instead of by reading the engine's message.
 *
 * @example parseJson('{"a": 1,}') // { ok: false, error: { line: 1, column: 9, … } }
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const offset = locateJsonError(text);
    const { line, column } = lineAndColumn(text, offset);
    const reason =
      offset >= text.length ? 'the text ends too early (truncated?)' : `unexpected ${describeChar(text[offset])}`;
    // V8 sometimes quotes the whole input in its message; keep its wording only when it is short.
    const engine = err instanceof Error ? err.message : String(err);
    const detail = engine.includes('\n') || engine.length > MAX_ENGINE_MESSAGE ? '' : ` (${engine})`;
    return {
      ok: false,
      error: { message: `invalid JSON at line ${line}, column ${column}: ${reason}${detail}`, offset, line, column },
    };
  }
}

function describeChar(ch: string | undefined): string {
  return ch === undefined ? 'end of text' : JSON.stringify(ch);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A failed scan: the offset of the first character that cannot continue the JSON text. */
class JsonStop {
  constructor(readonly offset: number) {}
}

const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON forbids raw control characters inside strings, so the class must name them.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Offset of the first character at which `text` stops being valid JSON (`text.length` when it
 * ends too early). Only called after `JSON.parse` has failed, so speed does not matter.
 */
export function locateJsonError(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new JsonStop(i);
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    for (const literal of LITERALS) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new JsonStop(i);
    i += m[0].length;
  };
  const string = () => {
    expect('"');
    STRING_BODY.lastIndex = i;
    i += STRING_BODY.exec(text)?.[0].length ?? 0;
    expect('"');
  };
  try {
    value();
    ws();
    return Math.min(i, text.length);
  } catch (stop) {
    if (stop instanceof JsonStop) return Math.min(stop.offset, text.length);
    throw stop;
  }
}
