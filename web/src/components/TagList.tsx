import { DataBadge } from '@utrecht/component-library-react';

/** Tags as small badges in a list, so they are read as separate items. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="kring-tags">
      {tags.map((tag) => (
        <li key={tag}>
          <DataBadge>{tag}</DataBadge>
        </li>
      ))}
    </ul>
  );
}
