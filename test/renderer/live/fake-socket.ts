import { EventEmitter } from 'node:events';

/** A socket.io client stand-in a test drives by emitting its events (`fire('connect')` marks it connected). */
export class FakeSocket extends EventEmitter {
  connected = false;
  active = true;
  connect(): this {
    return this;
  }
  disconnect(): this {
    this.connected = false;
    return this;
  }
  fire(event: string, ...args: unknown[]): void {
    if (event === 'connect') {
      this.connected = true;
    }
    this.emit(event, ...args);
  }
}
