export { EMBED_CSS, embedSnippet, scriptTag } from '../../../shared/embed.ts';
