// negative LW045: after the save, a .then() only updates the editor's own dirty flag, not the stored record
import type { DraftApi } from "./api";

export class DraftEditor {
  dirty = false;
  lastSavedAt: Date | null = null;

  constructor(
    private readonly api: DraftApi,
    private draft: { id: string; body: string },
  ) {}

  edit(body: string) {
    this.draft = { ...this.draft, body };
    this.dirty = true;
  }

  async save() {
    await this.api.putDraft(this.draft).then(() => {
      this.dirty = false;
      this.lastSavedAt = new Date();
    });
  }
}
