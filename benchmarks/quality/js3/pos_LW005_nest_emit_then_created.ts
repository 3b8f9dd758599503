// Positive LW005: NestJS controller emits an event whose listener saves the order, and returns 201 immediately.
import { Body, Controller, HttpCode, Injectable, Post } from "@nestjs/common";
import { EventEmitter2, OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { randomUUID } from "node:crypto";
import { Order } from "./order.entity";

export class CreateOrderDto {
  customerId!: string;
  items!: { sku: string; quantity: number }[];
}

@Injectable()
export class OrderPersistenceListener {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  @OnEvent("order.placed", { async: true })
  async persist(payload: CreateOrderDto & { id: string }): Promise<void> {
    await this.orders.save(this.orders.create(payload));
  }
}

@Controller("orders")
export class OrdersController {
  constructor(private readonly events: EventEmitter2) {}

  @Post()
  @HttpCode(201)
  place(@Body() dto: CreateOrderDto): { id: string } {
    const id = randomUUID();
    this.events.emit("order.placed", { ...dto, id });
    return { id };
  }
}
