/** The <option>s of a <select> over one of the domain's value lists (emotions, steps, …), each named by `label`. */
export function ValueOptions<T extends string>({ values, label }: { values: readonly T[]; label(value: T): string }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
