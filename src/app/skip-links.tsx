const targets = [
  { id: 'candidates-heading', label: 'Skip to the candidates' },
  { id: 'events-heading', label: 'Skip to the course of treatment' },
  { id: 'timeline-heading', label: 'Skip to the timeline' },
] as const;

/**
 * Links a keyboard user meets first, so the results are not behind every form field. They move
 * the focus to the section's heading themselves instead of changing the address: the address
 * fragment can hold a shared case, which a `#heading` link would replace.
 */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip to">
      {targets.map((target) => (
        <a
          key={target.id}
          href={`#${target.id}`}
          onClick={(e) => {
            const heading = document.getElementById(target.id);
            if (!heading) return;
            e.preventDefault();
            if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
            heading.focus();
          }}
        >
          {target.label}
        </a>
      ))}
    </nav>
  );
}
