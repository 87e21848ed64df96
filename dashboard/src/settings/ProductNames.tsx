// Product names: the products that have reviews, each with its name field, and any other product by id.
import { useEffect, useState } from 'preact/hooks';
import type { ProductReviewStats } from '../../../shared/reviews.ts';
import type { Credentials } from '../api.ts';
import type { Say } from '../hooks/useAnnouncement.ts';
import { useI18n } from '../i18n.tsx';
import { fetchProducts, nameProduct } from './api.ts';
import { Section } from './Section.tsx';
import { SETTINGS_TEXTS } from './texts.ts';
import { Explain } from '../glossary/Explain.tsx';

type Product = ProductReviewStats['products'][number];

interface Props {
  credentials: Credentials;
  announce(say: Say): void;
  onApiError(error: unknown): boolean;
}

function NameForm({
  id,
  productId,
  name,
  editableId,
  onSave,
}: {
  id: string;
  productId: string;
  name: string;
  editableId?: boolean;
  onSave(productId: string, name: string): Promise<boolean>;
}) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language].products;
  const [draftId, setDraftId] = useState(productId);
  const [draft, setDraft] = useState(name);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(name), [name]);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draftId.trim() || !draft.trim()) return;
    setBusy(true);
    if ((await onSave(draftId.trim(), draft.trim())) && editableId) {
      setDraftId('');
      setDraft('');
    }
    setBusy(false);
  };
  return (
    <form class="product-form" onSubmit={(event) => void submit(event)} data-product={productId || undefined}>
      {editableId ? (
        <div class="field">
          <label for={`${id}-id`}>{t.otherId}</label>
          <input
            id={`${id}-id`}
            value={draftId}
            spellcheck={false}
            maxLength={128}
            onInput={(event) => setDraftId((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
      ) : null}
      <div class="field">
        <label for={`${id}-name`}>{editableId ? t.name : `${t.name}: ${productId}`}</label>
        <input
          id={`${id}-name`}
          value={draft}
          maxLength={200}
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="button" disabled={busy || !draft.trim() || !draftId.trim()}>
        {SETTINGS_TEXTS[language].save}
      </button>
    </form>
  );
}

export function ProductNames({ credentials, announce, onApiError }: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language].products;
  const [products, setProducts] = useState<Product[] | null>(null);
  useEffect(() => {
    fetchProducts(credentials).then((page) => setProducts(page.products), onApiError);
  }, [credentials]);

  const save = async (productId: string, name: string) => {
    try {
      await nameProduct(credentials, productId, name);
      setProducts((previous) =>
        (previous ?? []).map((product) => (product.productId === productId ? { ...product, productName: name } : product)),
      );
      announce((l) => SETTINGS_TEXTS[l].products.saved(productId));
      return true;
    } catch (failure) {
      onApiError(failure);
      return false;
    }
  };

  return (
    <Section id="products" title={t.heading} intro={t.intro}>
      <Explain id="json-ld" terms={['jsonLd']} />
      {products === null ? null : products.length === 0 ? (
        <p class="muted small">{t.none}</p>
      ) : (
        <ul class="product-list" aria-label={t.caption}>
          {products.map((product, index) => (
            <li key={product.productId}>
              <NameForm id={`product-${index}`} productId={product.productId} name={product.productName ?? ''} onSave={save} />
              <p class="muted small">
                {t.published}: {product.published}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3 class="settings-subheading">{t.other}</h3>
      <NameForm id="product-other" productId="" name="" editableId onSave={save} />
    </Section>
  );
}
