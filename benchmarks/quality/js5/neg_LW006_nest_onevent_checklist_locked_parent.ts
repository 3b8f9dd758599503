// negative LW006: NestJS @OnEvent listener locks the parent checklist (pessimistic_write) in a TypeORM transaction and skips the item upsert with a warning if the checklist is gone
import { Injectable, Logger } from "@nestjs/common";
import { OnEvent } from "@nestjs/event-emitter";
import { Column, DataSource, Entity, PrimaryColumn } from "typeorm";

@Entity("checklists")
export class Checklist {
  @PrimaryColumn() id!: string;
  @Column() title!: string;
}

@Entity("checklist_items")
export class ChecklistItem {
  @PrimaryColumn() id!: string;
  @Column() checklistId!: string;
  @Column() label!: string;
  @Column() done!: boolean;
}

@Injectable()
export class ChecklistProjection {
  private readonly logger = new Logger(ChecklistProjection.name);

  constructor(private readonly dataSource: DataSource) {}

  @OnEvent("checklist.item.toggled", { async: true })
  async onItemToggled(evt: { checklistId: string; itemId: string; label: string; done: boolean }) {
    await this.dataSource.transaction(async (em) => {
      const parent = await em.findOne(Checklist, { where: { id: evt.checklistId }, lock: { mode: "pessimistic_write" } });
      if (!parent) {
        this.logger.warn(`item ${evt.itemId} skipped: checklist ${evt.checklistId} was deleted`);
        return;
      }
      await em.upsert(
        ChecklistItem,
        { id: evt.itemId, checklistId: evt.checklistId, label: evt.label, done: evt.done },
        { conflictPaths: ["id"] },
      );
    });
  }

  @OnEvent("checklist.deleted", { async: true })
  async onChecklistDeleted(evt: { checklistId: string }) {
    await this.dataSource.getRepository(Checklist).delete({ id: evt.checklistId });
  }
}
