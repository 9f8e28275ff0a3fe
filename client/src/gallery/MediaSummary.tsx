import type { Example } from './lintQueue.ts';

const consentText = { documented: 'samtycke finns', missing: 'samtycke saknas', unknown: 'okänt om samtycke finns' } as const;

/** The images and films an example comes with, in words (the media rules read these facts). */
export function MediaSummary({ media }: { media: NonNullable<Example['media']> }) {
  return (
    <ul className="media-summary" aria-label="Bilder och filmer i inlägget">
      {media.map((item, index) => {
        const facts = [
          item.decorative ? 'dekorativ bild' : undefined,
          item.altText !== undefined ? (item.altText ? `alternativtext: ”${item.altText}”` : 'tom alternativtext') : 'ingen alternativtext',
          item.credit ? `fotograf/källa: ${item.credit}` : undefined,
          item.containsText ? 'innehåller text' : undefined,
          item.showsPeople ? 'visar personer' : undefined,
          item.showsChildren ? 'visar barn' : undefined,
          item.consent ? consentText[item.consent] : undefined,
          item.type === 'video' && item.hasSpeech !== undefined ? (item.hasSpeech ? 'tal' : 'inget tal') : undefined,
          item.type === 'video' && item.captions !== undefined ? (item.captions ? 'textad' : 'inte textad') : undefined,
        ].filter(Boolean);
        return (
          <li key={index}>
            <strong>{item.type === 'video' ? `Film ${index + 1}` : `Bild ${index + 1}`}:</strong> {facts.join(', ')}
          </li>
        );
      })}
    </ul>
  );
}
