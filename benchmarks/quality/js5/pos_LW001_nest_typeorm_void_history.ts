// positive LW001: NestJS service, the price-history row is saved with `void this.history.insert(...)` and nothing awaits or reports it
import { Injectable, NotFoundException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Column, Entity, PrimaryGeneratedColumn, Repository } from "typeorm";

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
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(PriceHistory) private readonly history: Repository<PriceHistory>,
  ) {}

  async find(sku: string): Promise<Product> {
    const product = await this.products.findOneBy({ sku });
    if (!product) throw new NotFoundException(sku);
    return product;
  }

  async reprice(sku: string, newCents: number, userId: string): Promise<Product> {
    const product = await this.find(sku);
    const oldCents = product.priceCents;
    product.priceCents = newCents;
    const saved = await this.products.save(product);

    void this.history.insert({
      productId: product.id,
      oldCents,
      newCents,
      changedBy: userId,
      changedAt: new Date(),
    });

    return saved;
  }
}
