// negative LW001: NestJS service, product update and price-history insert are awaited inside one TypeORM transaction; the event emit is in-process notification only
import { Injectable, NotFoundException } from "@nestjs/common";
import { EventEmitter2 } from "@nestjs/event-emitter";
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity("products")
export class Product {
  @PrimaryGeneratedColumn("uuid") id!: string;
  @Column() sku!: string;
  @Column("int") priceCents!: number;
}

@Entity("price_history")
export class PriceHistory {
  @PrimaryGeneratedColumn() id!: number;
  @Column() productId!: string;
  @Column("int") oldCents!: number;
  @Column("int") newCents!: number;
  @Column() changedBy!: string;
  @Column({ type: "timestamptz" }) changedAt!: Date;
}

@Injectable()
export class PricingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  async reprice(sku: string, newCents: number, userId: string): Promise<Product> {
    const saved = await this.dataSource.transaction(async (em) => {
      const product = await em.findOne(Product, { where: { sku }, lock: { mode: "pessimistic_write" } });
      if (!product) throw new NotFoundException(sku);
      const oldCents = product.priceCents;
      product.priceCents = newCents;
      const updated = await em.save(product);
      await em.insert(PriceHistory, {
        productId: product.id,
        oldCents,
        newCents,
        changedBy: userId,
        changedAt: new Date(),
      });
      return updated;
    });

    // listeners only refresh the storefront cache; the data above is already committed
    this.events.emit("price.changed", { sku, newCents });
    return saved;
  }
}
