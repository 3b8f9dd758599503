// positive LW006: NestJS @OnEvent listener upserts a checklist item via TypeORM repository.upsert; a separate "checklist.deleted" listener deletes the checklist and the items cascade
import { Injectable } from "@nestjs/common";
import { OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import { Column, Entity, ManyToOne, PrimaryColumn, Repository } from "typeorm";

@Entity("checklists")
export class Checklist {
  @PrimaryColumn() id!: string;
  @Column() title!: string;
}

@Entity("checklist_items")
export class ChecklistItem {
  @PrimaryColumn() id!: string;
  @Column() checklistId!: string;
  @ManyToOne(() => Checklist, { onDelete: "CASCADE" }) checklist!: Checklist;
  @Column() label!: string;
  @Column() done!: boolean;
}

interface ItemToggled {
  checklistId: string;
  itemId: string;
  label: string;
  done: boolean;
}

@Injectable()
export class ChecklistProjection {
  constructor(
    @InjectRepository(Checklist) private readonly checklists: Repository<Checklist>,
    @InjectRepository(ChecklistItem) private readonly items: Repository<ChecklistItem>,
  ) {}

  @OnEvent("checklist.item.toggled", { async: true })
  async onItemToggled(evt: ItemToggled) {
    await this.items.upsert(
      { id: evt.itemId, checklistId: evt.checklistId, label: evt.label, done: evt.done },
      { conflictPaths: ["id"] },
    );
  }

  @OnEvent("checklist.deleted", { async: true })
  async onChecklistDeleted(evt: { checklistId: string }) {
    await this.checklists.delete({ id: evt.checklistId });
  }
}
