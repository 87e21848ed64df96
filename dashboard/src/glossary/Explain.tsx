// What a piece of jargon means, behind a native <details>: reachable by Tab and Enter or a tap (a hover-only
// tooltip fails on touch and keyboard), and collapsed so it costs one line on a phone.
import { Fragment } from 'preact';
import { useI18n } from '../i18n.tsx';
import { GLOSSARY_TEXTS, type Term } from './texts.ts';

export function Explain({ id, terms }: { id: string; terms: Term[] }) {
  const { language } = useI18n();
  const g = GLOSSARY_TEXTS[language];
  return (
    <details class="explain" data-explain={id}>
      <summary>{terms.length === 1 ? g.whatIs(g.terms[terms[0]!].name) : g.whatAre}</summary>
      <dl>
        {terms.map((term) => (
          <Fragment key={term}>
            <dt>{g.terms[term].name}</dt>
            <dd>{g.terms[term].text}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
