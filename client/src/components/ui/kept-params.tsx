import { useSearchParams } from 'react-router';

/**
 * Hidden fields for this address's other parameters (the date, the filters, the language), so that a
 * plain form sent without JavaScript changes only its own fields and keeps the rest of the view.
 */
export function KeptParams({ except }: { except: readonly string[] }) {
  const [params] = useSearchParams();
  return (
    <>
      {[...params]
        .filter(([name]) => !except.includes(name))
        .map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
    </>
  );
}
