// Negative LW005: NestJS controller awaits the order save, then emits an event that only sends a confirmation email.
import { Body, Controller, HttpCode, Post } from "@nestjs/common";
import { EventEmitter2 } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { Order } from "./order.entity";

export class CreateOrderDto {
  customerId!: string;
  items!: { sku: string; quantity: number }[];
}

@Controller("orders")
export class OrdersController {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly events: EventEmitter2,
  ) {}

  @Post()
  @HttpCode(201)
  async place(@Body() dto: CreateOrderDto): Promise<{ id: string }> {
    const order = await this.orders.save(this.orders.create(dto));
    this.events.emit("order.confirmation-email", { orderId: order.id, customerId: dto.customerId });
    return { id: order.id };
  }
}
