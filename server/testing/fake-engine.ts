import type { AskRequest, AskResponse, Citation } from '../ask-contract.ts';
import type { DocumentSummary, Engine, SearchQuery, SearchResult, SourceView } from '../engine-contract.ts';

/**
 * A stand-in Engine for the HTTP and browser tests: a few invented documents, answers chosen by keywords in the
 * question. Not used by the running service. The figures are invented; they only have to be consistent with each other.
 */

const hostileMarkup = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const bureauSection = ['四、财政拨款“三公”经费预算情况及增减变化原因'];
const tableSection = ['二、单位预算公开表', '7.财政拨款“三公”经费支出表'];
/** A long heading path, as deep PDF sections have. */
const wideTableSection = ['二、部门预算公开表', '（八）一般公共预算基本支出情况', '8.2024年部门一般公共预算基本支出部门预算经济分类预算表'];

const documentsList: DocumentSummary[] = [
  { id: 'bureau-2022', title: '示例市信访局2022年单位预算', unit: '示例市信访局', year: 2022, kind: '预算', sections: 12, tables: 9, facts: 140, chunks: 88 },
  { id: 'street-2024', title: '示例区街道办事处2024年部门预算', unit: '示例区街道办事处', year: 2024, kind: '预算', sections: 15, tables: 9, facts: 210, chunks: 120 },
  { id: 'hostile-2023', title: `恶意样本单位2023年单位预算${hostileMarkup}`, unit: `恶意样本单位${hostileMarkup}`, year: 2023, kind: '预算', sections: 1, tables: 1, facts: 2, chunks: 2 },
];

const sources: SourceView[] = [
  {
    id: 'bureau-2022#b40',
    docId: 'bureau-2022',
    docTitle: '示例市信访局2022年单位预算',
    section: bureauSection.join(' > '),
    sectionPath: bureauSection,
    kind: 'passage',
    text: '2022年“三公”经费预算数为11.80万元，比上年减少0.50万元。其中：因公出国（境）费0万元；公务用车购置及运维费11.80万元；公务接待费0万元。',
    highlight: '公务用车购置及运维费11.80万元',
    context: ['“三公”经费减少的主要原因是厉行节约。'],
  },
  {
    id: 'bureau-2022#b52:r2',
    docId: 'bureau-2022',
    docTitle: '示例市信访局2022年单位预算',
    section: tableSection.join(' > '),
    sectionPath: tableSection,
    kind: 'table',
    text: '财政拨款“三公”经费支出表',
    table: {
      title: '财政拨款“三公”经费支出表',
      unit: '万元',
      headerRows: [['项目', '上年预算数', '本年预算数']],
      columns: ['项目', '上年预算数', '本年预算数'],
      rows: [
        ['合计', '12.30', '11.80'],
        ['因公出国（境）费', '0', '0'],
        ['公务用车购置及运维费', '12.30', '11.80'],
        ['公务接待费', '0', '0'],
      ],
      highlightRow: 2,
      highlightColumn: 2,
    },
  },
  {
    id: 'street-2024#b10',
    docId: 'street-2024',
    docTitle: '示例区街道办事处2024年部门预算',
    section: '一、部门主要职能',
    sectionPath: ['一、部门主要职能'],
    kind: 'passage',
    text: '街道办事处负责辖区公共服务、公务用车管理和社区治理。',
  },
  {
    id: 'hostile-2023#b1:r0',
    docId: 'hostile-2023',
    docTitle: documentsList[2]!.title,
    section: `一、恶意章节${hostileMarkup}`,
    sectionPath: [`一、恶意章节${hostileMarkup}`],
    kind: 'table',
    text: `恶意表格${hostileMarkup}`,
    table: {
      title: `恶意表格${hostileMarkup}`,
      headerRows: [['项目<b>粗体</b>', '金额']],
      columns: ['项目<b>粗体</b>', '金额'],
      rows: [[`单元格${hostileMarkup}`, '1.00']],
      highlightRow: 0,
      highlightColumn: 0,
    },
  },
  {
    id: 'hostile-2023#b2',
    docId: 'hostile-2023',
    docTitle: documentsList[2]!.title,
    section: `一、恶意章节${hostileMarkup}`,
    sectionPath: [`一、恶意章节${hostileMarkup}`],
    kind: 'passage',
    text: `正文包含${hostileMarkup}的恶意文字。`,
    highlight: hostileMarkup,
  },
  {
    id: 'street-2024#b104:r17:c3',
    docId: 'street-2024',
    docTitle: documentsList[1]!.title,
    section: wideTableSection.join(' > '),
    sectionPath: wideTableSection,
    kind: 'table',
    text: '2024年部门一般公共预算基本支出部门预算经济分类预算表',
    table: {
      title: '2024年部门一般公共预算基本支出部门预算经济分类预算表',
      unit: '元',
      // Three header rows as a PDF gives them: the group labels repeat in every column they span.
      headerRows: [
        ['项目', '项目', '项目', '一般公共预算基本支出', '一般公共预算基本支出', '一般公共预算基本支出'],
        ['部门预算经济分类科目', '部门预算经济分类科目', '部门预算经济分类科目', '合计', '人员经费', '公用经费'],
        ['类', '款', '科目名称', '合计', '人员经费', '公用经费'],
      ],
      columns: ['项目 > 类', '项目 > 款', '项目 > 科目名称', '一般公共预算基本支出 > 合计', '一般公共预算基本支出 > 人员经费', '一般公共预算基本支出 > 公用经费'],
      rows: Array.from({ length: 30 }, (_, index) => {
        const amount = (index + 1) * 10_000;
        return ['302', String(index + 1).padStart(2, '0'), `经济分类科目${index + 1}`, amount.toLocaleString('en-US'), '0', amount.toLocaleString('en-US')];
      }),
      highlightRow: 17,
      highlightColumn: 3,
    },
  },
];

function citationFor(sourceId: string, quote: string): Citation {
  const view = sources.find((source) => source.id === sourceId)!;
  return {
    id: view.id,
    docId: view.docId,
    docTitle: view.docTitle,
    section: view.section,
    quote,
    ...(view.table && view.table.highlightRow !== undefined
      ? { table: { title: view.table.title, row: view.table.highlightRow, column: view.table.columns[view.table.highlightColumn ?? 0] } }
      : {}),
  };
}

function languageOf(question: string): 'zh' | 'en' {
  return /[\u3400-\u9fff]/.test(question) ? 'zh' : 'en';
}

export interface FakeEngineOptions {
  /** Milliseconds every ask waits, to test in-flight requests. */
  askDelayMs?: number;
  /** Give the engine an askStream that reports the answer in these pieces (a streaming engine). */
  streamPieces?: (answer: string) => string[];
}

export class FakeEngine implements Engine {
  /** Every request ask() received, for assertions. */
  readonly askRequests: AskRequest[] = [];

  /** Present only when the options ask for a streaming engine, as the app checks for it. */
  readonly askStream?: (request: AskRequest, onDelta: (text: string) => void) => Promise<AskResponse>;

  constructor(private readonly options: FakeEngineOptions = {}) {
    const split = options.streamPieces;
    if (split) {
      this.askStream = async (request, onDelta) => {
        const response = await this.ask(request);
        for (const piece of split(response.answer)) onDelta(piece);
        return response;
      };
    }
  }

  async ask(request: AskRequest): Promise<AskResponse> {
    this.askRequests.push(request);
    if (this.options.askDelayMs) await new Promise((resolve) => setTimeout(resolve, this.options.askDelayMs));
    const question = request.question;
    const lang = languageOf(question);
    if (/boom|爆炸/i.test(question)) throw new Error('fake engine failure with a secret stack');
    if (/malicious|恶意/i.test(question)) {
      return {
        kind: 'text',
        answer: `恶意文档的回答${hostileMarkup}`,
        lang,
        citations: [citationFor('hostile-2023#b1:r0', `单元格${hostileMarkup}`), citationFor('hostile-2023#b2', hostileMarkup)],
        checks: [{ ok: false, message: `检查失败${hostileMarkup}` }],
      };
    }
    if (/vehicle|车/i.test(question) && request.docId === 'street-2024') {
      return {
        kind: 'numeric',
        answer: '公务用车购置及运维费预算为21.56万元。',
        lang,
        value: { amount: 21.56, unit: '万元', comparator: '=', display: '21.56万元' },
        citations: [citationFor('street-2024#b10', '公务用车管理')],
        checks: [],
        document: { id: 'street-2024', title: documentsList[1]!.title },
        alternatives: [],
      };
    }
    if (/vehicle|车/i.test(question)) {
      const draft = request.mode === 'draft';
      const answer =
        lang === 'en'
          ? draft
            ? 'Dear enquirer, the 2022 budget for official vehicle purchase and operation is 118,000 yuan (11.80万元), as stated in section four of the disclosure.'
            : 'The budget for official vehicle purchase and operation is 11.80万元 (118,000 yuan).'
          : draft
            ? '您好！经查询，示例市信访局2022年公务用车购置及运维费预算为11.80万元，比上年减少0.50万元。感谢您的关注。'
            : '公务用车购置及运维费预算为11.80万元。';
      return {
        kind: 'numeric',
        answer,
        lang,
        value: { amount: 11.8, unit: '万元', comparator: '=', display: '11.80万元' },
        calculation: {
          formula: '11.80',
          operands: [{ label: '公务用车购置及运维费', amount: 11.8, unit: '万元', citationId: 'bureau-2022#b52:r2' }],
        },
        citations: [citationFor('bureau-2022#b40', '公务用车购置及运维费11.80万元'), citationFor('bureau-2022#b52:r2', '公务用车购置及运维费 12.30 11.80')],
        checks: [
          { ok: true, message: '11.80 = 0 + 11.80 + 0' },
          { ok: false, message: '正文与表格的上年数不一致：12.30 ≠ 12.80' },
        ],
        document: { id: 'bureau-2022', title: '示例市信访局2022年单位预算' },
        // Like the real engine: other documents are offered only when the question did not name one.
        ...(request.docId === undefined ? { alternatives: [{ id: 'street-2024', title: documentsList[1]!.title }] } : {}),
      };
    }
    if (/基本支出|basic expenditure/i.test(question)) {
      return {
        kind: 'numeric',
        answer: lang === 'en' ? 'Economic classification item 18 is 180,000 yuan.' : '经济分类科目18为180,000元。',
        lang,
        value: { amount: 180_000, unit: '元', comparator: '=', display: '180,000元' },
        citations: [citationFor('street-2024#b104:r17:c3', '302 | 18 | 经济分类科目18 | 180,000 | 0 | 180,000')],
        checks: [],
        document: { id: 'street-2024', title: documentsList[1]!.title },
      };
    }
    if (/三公|three public/i.test(question)) {
      return {
        kind: 'numeric',
        answer: lang === 'en' ? 'The three public expenses fell by 0.50万元.' : '“三公”经费比上年减少0.50万元。',
        lang,
        value: { amount: 0.5, unit: '万元', comparator: '=', display: '0.50万元' },
        calculation: {
          formula: '12.30 − 11.80 = 0.50',
          operands: [
            { label: '上年“三公”经费', amount: 12.3, unit: '万元', citationId: 'bureau-2022#b52:r2' },
            { label: '本年“三公”经费', amount: 11.8, unit: '万元', citationId: 'bureau-2022#b40' },
          ],
        },
        citations: [citationFor('bureau-2022#b40', '比上年减少0.50万元'), citationFor('bureau-2022#b52:r2', '合计 12.30 11.80')],
        checks: [{ ok: true, message: '12.30 − 11.80 = 0.50' }],
      };
    }
    return {
      kind: 'not_found',
      answer: lang === 'en' ? 'The disclosures do not say.' : '公开文件中没有找到相关信息。',
      lang,
      citations: [],
      checks: [],
    };
  }

  async search(query: SearchQuery): Promise<SearchResult[]> {
    const terms = query.q.split(/\s+/).filter(Boolean);
    const allowed = new Set(
      documentsList
        .filter((document) => (query.docId ? document.id === query.docId : true))
        .filter((document) => (query.unit ? document.unit === query.unit : true))
        .filter((document) => (query.year ? document.year === query.year : true))
        .map((document) => document.id),
    );
    return sources
      .filter((source) => allowed.has(source.docId))
      .map((source) => {
        const text = source.table ? [source.text, ...source.table.rows.map((row) => row.join(' '))].join(' ') : source.text;
        const score = terms.filter((term) => text.includes(term)).length / terms.length;
        return { id: source.id, docId: source.docId, section: source.section, text, score };
      })
      .filter((result) => result.score > 0)
      .sort((left, right) => right.score - left.score)
      .slice(0, query.k);
  }

  documents(): DocumentSummary[] {
    return documentsList;
  }

  source(id: string): SourceView | undefined {
    return sources.find((source) => source.id === id);
  }

  hasDocument(docId: string): boolean {
    return documentsList.some((document) => document.id === docId);
  }
}
