import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { DocumentReader, RawBlock } from '../model.ts';
import { ReaderError } from './reader-error.ts';
import type { PdfPage, PositionedRun } from './pdf/pdf-page.ts';
import { layoutBlocks } from './pdf/layout-blocks.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoading: Promise<Pdfjs> | undefined;

/**
 * pdfjs costs about 170 MB and half a second to load, and a server whose seeds are already indexed never reads a
 * PDF, so it is loaded on the first PDF read rather than when the readers are imported.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    // pdfjs runs its "worker" in-process under Node; it still wants to know where the worker module is, and must
    // find the installed file rather than fetch one.
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    return pdfjs;
  });
  return pdfjsLoading;
}

/** The part of a pdfjs text item the reader uses, checked because it comes from outside. */
const textItemSchema = z.object({
  str: z.string(),
  transform: z.array(z.number()).length(6),
  width: z.number(),
  height: z.number(),
});

/** Reads a PDF disclosure's text layer into paragraphs and tables. */
export const pdfReader: DocumentReader = {
  extensions: ['.pdf'],
  async read({ fileName, bytes }): Promise<RawBlock[]> {
    const pages = await readPdfPages(fileName, bytes);
    if (!pages.some((page) => page.runs.some((run) => run.text.trim() !== ''))) {
      throw new ReaderError({ code: 'empty', fileName, message: `the PDF has no text layer (a scanned document?); nothing to read` });
    }
    const blocks = layoutBlocks(pages);
    if (blocks.length === 0) throw new ReaderError({ code: 'empty', fileName, message: `no text found in the PDF` });
    return blocks;
  },
};

/** Loads every page's text runs with pdfjs. */
async function readPdfPages(fileName: string, bytes: Uint8Array): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new ReaderError({ code: 'empty', fileName, message: `the file is empty` });
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const { getDocument } = await loadPdfjs();
  const loadingTask = getDocument({
    data,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    let document;
    try {
      document = await loadingTask.promise;
    } catch (error) {
      throw toReaderError(error, fileName);
    }
    const pages: PdfPage[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      try {
        const page = await document.getPage(pageNumber);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs: PositionedRun[] = [];
        for (const item of content.items) {
          const parsed = textItemSchema.safeParse(item);
          if (!parsed.success) continue;
          const [a, b, c, d, x, y] = parsed.data.transform;
          const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || parsed.data.height;
          runs.push({ text: parsed.data.str, x, y, width: parsed.data.width, fontSize });
        }
        pages.push({ pageNumber, width: viewport.width, height: viewport.height, runs });
        page.cleanup();
      } catch (error) {
        throw new ReaderError({ code: 'malformed', fileName, message: `page ${pageNumber} cannot be read (${describe(error)})` });
      }
    }
    return pages;
  } finally {
    await loadingTask.destroy();
  }
}

function toReaderError(error: unknown, fileName: string): ReaderError {
  if (error instanceof ReaderError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ReaderError({ code: 'unreadable', fileName, message: `the PDF is encrypted with a password` });
  }
  if (name === 'InvalidPDFException') {
    return new ReaderError({ code: 'unreadable', fileName, message: `not a readable PDF (${describe(error)})` });
  }
  return new ReaderError({ code: 'malformed', fileName, message: `the PDF is damaged (${describe(error)})` });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
