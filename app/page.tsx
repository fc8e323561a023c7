export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-3xl font-semibold">Patient Claims</h1>
      <p className="mt-4 text-slate-700">
        Okta calls this service while it mints tokens; the service adds the signed-in
        patient&apos;s ID as the <code>extPatientId</code> claim.
      </p>
    </main>
  );
}
