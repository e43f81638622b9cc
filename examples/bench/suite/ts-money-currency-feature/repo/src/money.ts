/** An amount in whole cents of one currency (an ISO 4217 code such as "EUR"). */
export class Money {
  constructor(
    readonly cents: number,
    readonly currency: string,
  ) {
    if (!Number.isInteger(cents)) throw new RangeError(`cents must be a whole number: ${cents}`);
  }

  add(other: Money): Money {
    return new Money(this.cents + other.cents, this.currency);
  }

  format(): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
}
