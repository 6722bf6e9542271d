import { useState, type ReactNode } from 'react';

/**
 * A file picker that also takes a dropped file: one component so every import (case files,
 * FHIR bundles) behaves the same. Choosing the same file twice reads it twice.
 */
export function FileDropZone({
  label,
  accept,
  onFile,
  children,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  /** Shown inside the zone, below the picker (problems with the last file). */
  children?: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={dragging ? 'import-zone is-dragging' : 'import-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <label className="file-label">
        {label}
        <input
          type="file"
          accept={accept}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </label>
      {children}
    </div>
  );
}
