// negative LW001: a client component voids router navigation and a clipboard write; the server mutation is awaited
"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { saveDraft } from "./actions";

export function SaveButton({ draftId, text }: { draftId: string; text: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const onClick = () =>
    startTransition(async () => {
      const result = await saveDraft(draftId, text);
      void navigator.clipboard.writeText(result.shareUrl);
      void router.push(`/drafts/${draftId}`);
    });

  return (
    <button onClick={onClick} disabled={pending}>
      {pending ? "Saving…" : "Save"}
    </button>
  );
}
