/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 63251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 65625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  failureMessage: () => (/* binding */ failureMessage),
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/forge/github/errors.ts
var github_errors = __nccwpck_require__(70656);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./src/forge/github/request-client.ts + 1 modules
var request_client = __nccwpck_require__(6378);
// EXTERNAL MODULE: ./src/forge/github/authorize.ts
var authorize = __nccwpck_require__(61456);
// EXTERNAL MODULE: ./src/forge/github/comments.ts
var comments = __nccwpck_require__(39785);
// EXTERNAL MODULE: ./src/forge/github/retry-policy.ts
var retry_policy = __nccwpck_require__(81660);
// EXTERNAL MODULE: ./src/forge/github/clarification.ts
var clarification = __nccwpck_require__(26907);
// EXTERNAL MODULE: ./src/forge/github/events/parse-event.ts
var parse_event = __nccwpck_require__(42783);
// EXTERNAL MODULE: ./src/core/commands/parse.ts
var parse = __nccwpck_require__(45609);
// EXTERNAL MODULE: ./src/forge/github/repo.ts
var repo = __nccwpck_require__(57091);
// EXTERNAL MODULE: ./src/relay/urls.ts
var urls = __nccwpck_require__(18915);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every action input and runner variable, read once into one frozen object. Nothing downstream
// reads process.env or core.getInput again.






const ACTION_STAGES = ['triage', 'write', 'review', 'remediate'];
function mentionInput(v) {
    if (v === '')
        return '@lailatov';
    const m = (0,parse/* normalizeMention */.gc)(v);
    if (m === null)
        throw new errors/* UserError */.y(`input \`mention\`: expected a GitHub login such as @lailatov or @my-bot, got ${JSON.stringify(v)}`);
    return m;
}
/** `INPUT_<NAME>` with the name upper-cased; hyphens stay (the runner keeps them). */
function raw(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const optional = (env, name) => raw(env, name) || null;
function number(env, name, opts = {}) {
    const v = raw(env, name);
    if (v === '')
        return null;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || (opts.int && !Number.isInteger(n)))
        throw new errors/* UserError */.y(`input \`${name}\`: expected ${opts.int ? 'a whole number' : 'a number'} >= 0, got ${JSON.stringify(v)}`);
    return n;
}
/** An http(s) URL, or null when the input is empty. */
function baseUrl(env, name, example) {
    const v = raw(env, name);
    if (v === '')
        return null;
    let ok = false;
    try {
        ok = ['http:', 'https:'].includes(new URL(v).protocol);
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new errors/* UserError */.y(`input \`${name}\`: expected an http(s) URL such as ${example}, got ${JSON.stringify(v)}`);
    return v;
}
function oneOf(env, name, allowed, dflt) {
    const v = raw(env, name) || dflt;
    if (!allowed.includes(v))
        throw new errors/* UserError */.y(`input \`${name}\`: expected one of ${allowed.join(', ')}, got "${v}"`);
    return v;
}
function parseInputs(env, entry) {
    const engine = optional(env, 'engine');
    const inputs = {
        stage: entry === 'auto' ? oneOf(env, 'stage', [...ACTION_STAGES, 'auto'], 'auto') : entry,
        githubToken: raw(env, 'github-token'),
        anthropicApiKey: optional(env, 'anthropic-api-key'),
        anthropicBaseUrl: optional(env, 'anthropic-base-url'),
        provider: oneOf(env, 'provider', ['anthropic', 'bedrock', 'vertex'], 'anthropic'),
        awsRegion: optional(env, 'aws-region'),
        vertexProjectId: optional(env, 'vertex-project-id'),
        vertexRegion: optional(env, 'vertex-region'),
        openaiApiKey: optional(env, 'openai-api-key'),
        openaiBaseUrl: baseUrl(env, 'openai-base-url', 'https://api.openai.com/v1'),
        geminiApiKey: optional(env, 'gemini-api-key'),
        geminiBaseUrl: baseUrl(env, 'gemini-base-url', 'https://generativelanguage.googleapis.com'),
        engine: engine
            ? engine
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== '')
            : null,
        model: optional(env, 'model'),
        setupCommand: optional(env, 'setup-command'),
        configPath: raw(env, 'config-path') || '.github/lailatov.yml',
        budgetUsd: number(env, 'budget-usd'),
        maxRounds: number(env, 'max-rounds', { int: true }),
        allowedBots: (0,authorize/* parseAllowedBots */.Es)(raw(env, 'allowed-bots')),
        triggerLabel: raw(env, 'trigger-label') || 'ai-agent',
        mention: mentionInput(raw(env, 'mention')),
        slackWebhookUrl: optional(env, 'slack-webhook-url'),
        clickupToken: optional(env, 'clickup-token'),
        linearApiKey: optional(env, 'linear-api-key'),
        taskApiUrls: {
            clickup: env.LAILATOV_CLICKUP_API_URL?.trim() || urls/* DEFAULT_API_URLS */.W.clickup,
            linear: env.LAILATOV_LINEAR_API_URL?.trim() || urls/* DEFAULT_API_URLS */.W.linear,
        },
        issueNumber: number(env, 'issue-number', { int: true }),
        prNumber: number(env, 'pr-number', { int: true }),
        replayDir: env.LAILATOV_REPLAY_DIR?.trim() || null,
    };
    if (inputs.githubToken === '')
        throw new errors/* UserError */.y('input `github-token` is empty: pass ${{ github.token }} or a GitHub App token (actions/create-github-app-token).');
    return Object.freeze(inputs);
}
function required(env, name) {
    const v = env[name]?.trim();
    if (!v)
        throw new errors/* UserError */.y(`${name} is not set: this action runs inside a GitHub Actions job (the runner sets it).`);
    return v;
}
function readRunner(env) {
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const repoName = required(env, 'GITHUB_REPOSITORY');
    const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
    const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    return Object.freeze({
        eventName: required(env, 'GITHUB_EVENT_NAME'),
        eventPath: required(env, 'GITHUB_EVENT_PATH'),
        repo: (0,repo/* parseRepo */.E3)(repoName),
        workspace: required(env, 'GITHUB_WORKSPACE'),
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? `${apiUrl}/graphql`).replace(/\/+$/, ''),
        serverUrl,
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
        runUrl: `${serverUrl}/${repoName}/actions/runs/${runId}`,
        backoffScale: (0,retry_policy/* backoffScaleFrom */.H0)(env.LAILATOV_BACKOFF_SCALE),
        env,
    });
}

// EXTERNAL MODULE: ./src/core/secrets/mask.ts
var mask = __nccwpck_require__(24937);
;// CONCATENATED MODULE: ./src/action/early-log.ts
// The runner's stdout commands needed before the first API request (masking, a notice), written
// directly: @actions/core loads an HTTP client at import, so it is imported only after that
// request (run.ts), which keeps the cold start near a bare `node` start (bench/github).

/** Escapes a workflow-command message (the runner decodes %25, %0D and %0A). */
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/**
 * `::add-mask::` for a secret, before anything can print it: every form it could be printed in
 * (as is, URL-encoded, base64 of it and of git's basic credential).
 */
function early_log_mask(secret) {
    const value = secret.trim();
    if (value === '')
        return;
    for (const form of new Set([value, ...(0,mask/* secretForms */.eo)(value)]))
        process.stdout.write(`::add-mask::${escapeData(form)}\n`);
}

;// CONCATENATED MODULE: ./src/action/route.ts
/** The stage whose settings (engine, model, budget) a command's work runs with. */
const COMMAND_STAGE = {
    start: 'triage',
    plan: 'write',
    approve: 'write',
    review: 'review',
    describe: 'review',
    ask: 'review',
    fix: 'remediate',
    stop: 'remediate',
    help: 'triage',
};
const ignore = (reason) => ({ kind: 'ignore', reason });
function stageOf(event) {
    switch (event.kind) {
        case 'issue-labeled':
        case 'issue-comment':
            return 'triage';
        case 'agent-task':
            return 'write';
        case 'stage-dispatch':
            return event.stage;
        case 'pr-synchronize':
            return 'review';
        case 'pr-feedback':
            return 'remediate';
        case 'command':
            return event.command.kind === 'command' ? COMMAND_STAGE[event.command.name] : 'triage';
        default:
            return null;
    }
}
/**
 * The plan for `entry` (a stage action, or `auto` for the root action). A stage action given an
 * event for another stage does nothing, and says so: the workflow wiring is off. A chaining
 * dispatch that names a PR head is planned for that head (stale.ts).
 */
function planFor(entry, event, inputs) {
    if (event.kind === 'unsupported')
        return ignore(event.reason);
    const wanted = event.kind === 'workflow-dispatch'
        ? entry === 'auto'
            ? (event.stage ?? 'triage')
            : entry
        : stageOf(event);
    if (wanted === null)
        return ignore(`nothing to do for ${event.kind}`);
    if (event.kind === 'command' && entry !== 'auto')
        return ignore(`a comment command is run by the lailatov action (stage auto), not the ${entry} action: wire issue_comment to it`);
    if (entry !== 'auto' && wanted !== entry)
        return ignore(`nothing to do for ${event.kind} in the ${entry} action: it asks for the ${wanted} stage`);
    const base = {
        kind: 'run',
        stage: wanted,
        pr: inputs.prNumber,
        round: 0,
        correlationId: null,
        sender: event.sender,
        issueAuthor: null,
        reactTo: null,
        task: null,
        startedFor: null,
        chained: null,
    };
    switch (event.kind) {
        case 'issue-labeled':
            return {
                ...base,
                issue: event.issue.number,
                reactTo: { issueNumber: event.issue.number },
                source: 'github-issue',
                what: `labeled #${event.issue.number} ${event.label}`,
            };
        case 'issue-comment':
            return {
                ...base,
                issue: event.issue.number,
                sender: event.comment.author,
                issueAuthor: event.issue.author,
                reactTo: { commentId: event.comment.id },
                source: 'issue-comment',
                what: `replied on #${event.issue.number}`,
            };
        case 'agent-task':
            return {
                ...base,
                issue: event.task.issueNumber,
                correlationId: event.task.correlationId,
                task: event.task,
                reactTo: event.task.issueNumber ? { issueNumber: event.task.issueNumber } : null,
                source: 'repository-dispatch',
                what: `dispatched agent-task "${event.task.title}"`,
            };
        case 'stage-dispatch':
            return {
                ...base,
                issue: event.payload.issue,
                pr: event.payload.pr,
                round: event.payload.round,
                correlationId: event.payload.correlationId,
                startedFor: event.payload.headSha
                    ? { headSha: event.payload.headSha, round: event.payload.round }
                    : null,
                source: 'repository-dispatch',
                what: `dispatched ${event.stage} for #${event.payload.issue}`,
            };
        case 'pr-synchronize':
            return {
                ...base,
                issue: null,
                pr: event.pr.number,
                startedFor: { headSha: event.pr.headSha, round: null },
                source: 'pull-request',
                what: `pushed to PR #${event.pr.number}`,
            };
        case 'pr-feedback':
            return {
                ...base,
                issue: null,
                pr: event.pr,
                reactTo: event.trigger.kind === 'mention' ? { commentId: event.trigger.commentId } : null,
                source: 'pull-request',
                what: `${event.trigger.kind === 'mention' ? 'mentioned the suite on' : 'reviewed'} PR #${event.pr}`,
                feedback: event.trigger,
            };
        case 'command': {
            const word = event.command.kind === 'command' ? event.command.name : event.command.word;
            const n = event.issue.number;
            return {
                ...base,
                issue: event.onPullRequest ? null : n,
                pr: event.onPullRequest ? n : null,
                sender: event.comment.author,
                reactTo: { commentId: event.comment.id },
                source: 'issue-comment',
                what: `commented \`${word}\` on #${n}`,
                command: {
                    parsed: event.command,
                    commentId: event.comment.id,
                    number: n,
                    onPullRequest: event.onPullRequest,
                    body: event.comment.body,
                    title: event.issue.title,
                },
            };
        }
        case 'workflow-dispatch':
            // Review and remediate work on a PR: the workflow's number is that PR (one number space).
            if (wanted === 'review' || wanted === 'remediate')
                return {
                    ...base,
                    issue: null,
                    pr: inputs.prNumber ?? event.issueNumber,
                    source: 'workflow-dispatch',
                    what: `ran the workflow's ${wanted} for PR #${inputs.prNumber ?? event.issueNumber}`,
                };
            return {
                ...base,
                issue: event.issueNumber,
                reactTo: { issueNumber: event.issueNumber },
                source: 'workflow-dispatch',
                what: `ran the workflow for #${event.issueNumber}`,
            };
    }
}

;// CONCATENATED MODULE: ./src/action/run.ts
// One stage run: inputs → event → plan → authorization → 👀 → the stage → outputs and summary.
// Modules a run may not need (the stages, git, the engines, the model SDK) are imported only
// after the plan says a stage runs, so an ignored event or a refused actor stays cheap. The
// startup bundle holds only what reaches the first API request (bench/github: cold start):
// the permission check and the 👀 go through the request client, and the REST methods, zod,
// @actions/core and the rest load after it.











/** Bots that send the suite's own chaining dispatches with the default GITHUB_TOKEN. */
const CHAIN_BOTS = clarification/* SUITE_BOTS */.A2;
/** Read with node:fs, loaded with Node itself; fs/promises would load before the first request. */
function readPayload(runner) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(runner.eventPath, 'utf8'));
    }
    catch (e) {
        throw new errors/* UserError */.y(`GITHUB_EVENT_PATH (${runner.eventPath}) is not a readable JSON event: ${e instanceof Error ? e.message : String(e)}`);
    }
}
function toEvent(runner, inputs, payload) {
    if (runner.eventName === 'workflow_dispatch') {
        // The inputs of the action win: the lailatov.yml router passes its `number` input through them.
        const p = payload;
        const sender = { login: p.sender?.login ?? 'unknown', type: p.sender?.type ?? 'User' };
        const stage = inputs.stage;
        if (inputs.prNumber !== null && (stage === 'review' || stage === 'remediate'))
            return {
                kind: 'stage-dispatch',
                sender,
                stage,
                payload: {
                    issue: inputs.issueNumber ?? 0,
                    pr: inputs.prNumber,
                    round: 0,
                    correlationId: 'workflow-dispatch',
                },
            };
        if (inputs.issueNumber !== null)
            return {
                kind: 'workflow-dispatch',
                sender,
                issueNumber: inputs.issueNumber,
                stage: stage === 'auto' ? null : stage,
            };
    }
    return (0,parse_event/* parseEvent */.wj)(runner.eventName, payload, {
        triggerLabel: inputs.triggerLabel,
        mention: inputs.mention,
    });
}
async function run_authorize(octokit, runner, inputs, plan) {
    const chained = plan.source === 'repository-dispatch' && plan.task === null;
    const verdict = await (0,authorize/* authorizeActor */.jN)(octokit, {
        repo: runner.repo,
        actor: plan.sender,
        allowedBots: chained ? [...inputs.allowedBots, ...CHAIN_BOTS] : inputs.allowedBots,
        action: plan.what,
    });
    if (verdict.allowed)
        return null;
    // The issue's author may answer the question without write permission, but only when a
    // writer put the trigger label on and the suite itself asked (clarification.ts).
    if (plan.issue !== null && plan.issueAuthor === plan.sender.login && !(0,parse_event/* isBot */.w2)(plan.sender)) {
        const reply = await (0,clarification/* admitAuthorReply */.D0)(octokit, {
            repo: runner.repo,
            issue: plan.issue,
            author: plan.sender.login,
            triggerLabel: inputs.triggerLabel,
            clarificationLabel: parse_event/* CLARIFICATION_LABEL */.mr,
            suiteLogins: [...CHAIN_BOTS, ...inputs.allowedBots],
            allowedBots: inputs.allowedBots,
        });
        return reply.allowed ? null : reply.reason;
    }
    return verdict.reason;
}
/**
 * The plan with what a chaining dispatch must prove: a stage dispatch that a bot sent runs only
 * for the nonce the previous stage wrote. A person's dispatch is authorized by their permission.
 */
function withChain(plan, runner, event) {
    const bySuite = runner.eventName === 'repository_dispatch' &&
        event.kind === 'stage-dispatch' &&
        (0,parse_event/* isBot */.w2)(event.sender);
    return {
        ...plan,
        chained: bySuite ? { nonce: event.payload.nonce ?? null } : null,
    };
}
async function handler(stage) {
    switch (stage) {
        case 'triage':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(54), __nccwpck_require__.e(656), __nccwpck_require__.e(699), __nccwpck_require__.e(516), __nccwpck_require__.e(122)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16122))).runTriage;
        case 'write':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(54), __nccwpck_require__.e(225), __nccwpck_require__.e(656), __nccwpck_require__.e(699), __nccwpck_require__.e(516), __nccwpck_require__.e(249), __nccwpck_require__.e(592)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88371))).runWrite;
        case 'review':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(741), __nccwpck_require__.e(54), __nccwpck_require__.e(225), __nccwpck_require__.e(656), __nccwpck_require__.e(699), __nccwpck_require__.e(516), __nccwpck_require__.e(632), __nccwpck_require__.e(896), __nccwpck_require__.e(249), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 566))).runReview;
        case 'remediate':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(741), __nccwpck_require__.e(54), __nccwpck_require__.e(225), __nccwpck_require__.e(656), __nccwpck_require__.e(699), __nccwpck_require__.e(516), __nccwpck_require__.e(632), __nccwpck_require__.e(896), __nccwpck_require__.e(249), __nccwpck_require__.e(777)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78777))).runRemediate;
    }
}
/** The payload's `repository.default_branch` (every repository event carries it), or null. */
function defaultBranchOf(payload) {
    if (typeof payload !== 'object' || payload === null || !('repository' in payload))
        return null;
    const repo = payload.repository;
    if (typeof repo !== 'object' || repo === null || !('default_branch' in repo))
        return null;
    const branch = repo.default_branch;
    return typeof branch === 'string' && /^[^\s~^:?*[\\]+$/.test(branch) ? branch : null;
}
/** Warnings from the client go to the log once @actions/core is loaded (after the first call). */
const clientLog = {
    debug: () => undefined,
    info: () => undefined,
    warn: (m) => void __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 96421)).then((c) => c.warning(m)),
    error: (m) => void __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 96421)).then((c) => c.error(m)),
};
/** The client for the first requests: the request client, or behind a proxy the full one. */
async function startClient(inputs, runner) {
    const options = {
        token: inputs.githubToken,
        baseUrl: runner.apiUrl,
        userAgent: 'lailatov-action',
        retry: (0,retry_policy/* retryAtScale */.yd)(runner.backoffScale),
        log: clientLog,
    };
    // Node's fetch and node:http ignore proxy variables; @actions/github's client honours them.
    if ((0,request_client/* wantsProxy */.g)(runner.env))
        return (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(868), __nccwpck_require__.e(409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25409))).createOctokit(options);
    return (0,request_client/* createRequestClient */.H)(options);
}
/** The same client with the REST methods and `paginate`, which the stages use. */
async function fullClient(client) {
    if ('rest' in client)
        return client;
    return (await Promise.all(/* import() */[__nccwpck_require__.e(868), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67031))).withRestMethods(client);
}
async function runStage(entry, env) {
    const inputs = parseInputs(env, entry);
    early_log_mask(inputs.githubToken);
    if (inputs.anthropicApiKey)
        early_log_mask(inputs.anthropicApiKey);
    if (inputs.openaiApiKey)
        early_log_mask(inputs.openaiApiKey);
    if (inputs.geminiApiKey)
        early_log_mask(inputs.geminiApiKey);
    if (inputs.slackWebhookUrl)
        early_log_mask(inputs.slackWebhookUrl);
    if (inputs.clickupToken)
        early_log_mask(inputs.clickupToken);
    if (inputs.linearApiKey)
        early_log_mask(inputs.linearApiKey);
    const runner = readRunner(env);
    const payload = readPayload(runner);
    const event = toEvent(runner, inputs, payload);
    const planned = planFor(inputs.stage, event, inputs);
    if (planned.kind === 'ignore')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(711)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4711))).writeIgnored(inputs.stage, planned.reason);
    const plan = withChain(planned, runner, event);
    const client = await startClient(inputs, runner);
    const refused = await run_authorize(client, runner, inputs, plan);
    if (refused !== null) {
        const [core, { writeIgnored }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 96421)),
            Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(711)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4711)),
        ]);
        core.notice(`LailaTov ${plan.stage}: ${refused}`);
        return writeIgnored(plan.stage, refused);
    }
    // The 👀 before anything else loads: loading a module holds the event loop, so a 👀 sent
    // beside the stage's imports left only after they had all loaded, about 200 ms of CPU later
    // (bench/github: time to the 👀). Waiting for its answer costs the run one round trip.
    if (plan.reactTo)
        await (0,comments/* addEyesReaction */.Tn)(client, runner.repo, plan.reactTo);
    const [core, { writeIgnored, writeReport }, octokit, { openGitHubSession }, { SlackNotifier }, { recover }, run,] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 96421)),
        Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(711)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4711)),
        fullClient(client),
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(741), __nccwpck_require__.e(656), __nccwpck_require__.e(632), __nccwpck_require__.e(96)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17096)),
        __nccwpck_require__.e(/* import() */ 135).then(__nccwpck_require__.bind(__nccwpck_require__, 13135)),
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(421), __nccwpck_require__.e(54), __nccwpck_require__.e(699), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52586)),
        plan.command
            ? Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(741), __nccwpck_require__.e(54), __nccwpck_require__.e(656), __nccwpck_require__.e(699), __nccwpck_require__.e(516), __nccwpck_require__.e(632), __nccwpck_require__.e(249), __nccwpck_require__.e(76)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96076)).then((m) => m.runCommand)
            : handler(plan.stage),
    ]);
    const logger = { info: (m) => core.info(m), warn: (m) => core.warning(m) };
    const notifier = new SlackNotifier(inputs.slackWebhookUrl, logger);
    notifier.link('workflow run', runner.runUrl);
    const session = await openGitHubSession({
        inputs,
        runner,
        stage: plan.stage,
        pr: plan.pr,
        defaultBranch: defaultBranchOf(payload),
        octokit,
        notifier,
        logger,
        progress: (e) => {
            if (e.kind === 'note')
                core.info(`[${e.stage}] ${e.message}`);
            else if (e.kind === 'stage-start')
                core.info(`[${e.stage}] started${e.detail ? `: ${e.detail}` : ''}`);
            else if (e.kind === 'stage-end')
                core.info(`[${e.stage}] ${e.outcome}`);
            else
                core.info(`[${e.stage}] turn ${e.turn}${e.tool ? `: ${e.tool}` : ''}`);
        },
    });
    const ctx = {
        inputs,
        runner,
        octokit,
        plan,
        session,
        notifier,
        logger,
        source: plan.source,
        recovery: {
            issue: plan.issue,
            pr: plan.pr,
            headSha: null,
            check: null,
            branch: null,
            correlationId: plan.correlationId,
            stages: [],
            round: plan.round,
        },
    };
    let result;
    try {
        // The commands that only read (ask, describe, help, ...) need no test setup.
        const builds = plan.command === undefined ||
            (plan.command.parsed.kind === 'command' &&
                ['review', 'fix', 'approve'].includes(plan.command.parsed.name));
        if (inputs.setupCommand && plan.stage !== 'triage' && builds) {
            const { runSetupCommand } = await __nccwpck_require__.e(/* import() */ 927).then(__nccwpck_require__.bind(__nccwpck_require__, 94927));
            await runSetupCommand(session.workspace, inputs.setupCommand, session.config.timeouts.tests, (line) => core.info(line));
        }
        result = await run(ctx);
    }
    catch (error) {
        if (!(0,errors/* isUserError */.i)(error))
            await recover(ctx, error);
        throw error;
    }
    if ('skipped' in result) {
        core.notice(`LailaTov ${plan.stage}: ${result.skipped}`);
        return writeIgnored(plan.stage, result.skipped, result.outcome ?? 'stale');
    }
    // The ClickUp task or Linear issue the work came from hears of it (task-status.ts).
    await (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(815), __nccwpck_require__.e(656), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60248))).postTaskStatus(ctx, result);
    const sandbox = session.deps.sandbox.report();
    if (sandbox.mode === 'off')
        core.warning(sandbox.summary);
    await writeReport(plan.stage, result, runner.runUrl, sandbox);
    if (result.failure)
        throw new StageFailure(result.failure);
}
/** A stage that ended with an outcome the step must fail on (no_changes, infra_error). */
class StageFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'StageFailure';
        Object.setPrototypeOf(this, StageFailure.prototype);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The actions' one entry: `runAction(stage)` with the one failure handler, the only caller of
// core.setFailed. The per-action bundles are stubs that import this module (scripts/build.mjs).



/** The message for a failure: an API error names the call, its status and what to do. */
function failureMessage(error) {
    // Already explained where the call was made (which call, what to do): not wrapped again.
    if (error instanceof github_errors/* GitHubApiError */.OS)
        return error.message;
    if ((0,github_errors/* isApiError */.d7)(error)) {
        const path = error.request?.url ? new URL(error.request.url).pathname : '(unknown URL)';
        return `GitHub answered ${error.status} (${error.message}) to ${error.request?.method ?? 'a request'} ${path}, after the client's retries. This is an outage or a bug, not your configuration: re-run the job once GitHub answers.`;
    }
    return error instanceof Error ? error.message : String(error);
}
async function runAction(stage) {
    try {
        await runStage(stage, process.env);
    }
    catch (error) {
        const core = await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 96421));
        // The root action names the stage it was asked for.
        const name = stage === 'auto'
            ? `LailaTov stage '${process.env.INPUT_STAGE?.trim() || 'auto'}'`
            : `LailaTov ${stage}`;
        if ((0,errors/* isUserError */.i)(error) || error instanceof StageFailure) {
            core.setFailed(`${name}: ${error.message}`);
        }
        else {
            // A bug or an outage: keep the stack for whoever reads the log.
            core.setFailed(`${name}: ${failureMessage(error)}`);
            if (error instanceof Error && error.stack)
                core.debug(error.stack);
        }
        try {
            await core.summary.addRaw(`## ${name} failed\n\n${failureMessage(error)}\n`).write();
        }
        catch {
            // No GITHUB_STEP_SUMMARY (a local run): the log has it.
        }
    }
}


/***/ }),

/***/ 45609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   RU: () => (/* binding */ COMMAND_SCOPE),
/* harmony export */   gc: () => (/* binding */ normalizeMention)
/* harmony export */ });
/* unused harmony exports COMMANDS, COMMAND_SUMMARY, MAX_SCAN, MAX_TEXT */
// What a comment asks the suite to do: `@lailatov <command> [text]` (the mention is configurable)
// or `/<command> [text]` at the start of a line. Pure: the text is untrusted and anything can be
// in it, so the parser looks only at line starts outside code blocks and quotes, knows a fixed
// list of command words, and bounds what it reads and what it keeps.
/** Every command, in the order `help` lists them. */
const COMMANDS = [
    'start',
    'plan',
    'approve',
    'review',
    'describe',
    'ask',
    'fix',
    'stop',
    'help',
];
/** Where each command works: on an issue, on any PR, or on the suite's own PRs. */
const COMMAND_SCOPE = {
    start: 'issue',
    plan: 'issue',
    approve: 'issue',
    review: 'pr',
    describe: 'pr',
    ask: 'pr',
    fix: 'agent-pr',
    stop: 'agent-pr',
    help: 'any',
};
/** The commands that need text after them. */
const NEEDS_TEXT = new Set(['ask', 'fix']);
const COMMAND_SUMMARY = {
    start: 'on an issue: triage it and, when it is clear, write it (as the trigger label does)',
    plan: 'on an issue: post a plan for approval (add text to revise the plan)',
    approve: 'on an issue with a plan: approve it; the change is written from it',
    review: 'on a PR: risk gate, tests, AI review, spec audit, inline suggestions, a check run; never pushes',
    describe: 'on a PR: write or update the PR description',
    ask: 'on a PR: `ask <question>` answers in a reply; changes nothing',
    fix: "on the suite's PR: `fix <request>` runs a remediation round for that request",
    stop: "on the suite's PR: stop the work on it",
    help: 'this list',
};
/** How much of a comment is read (GitHub allows 65,536 characters) and how much text is kept. */
const MAX_SCAN = 65_536;
const MAX_TEXT = 4_000;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
/**
 * The mention as configured (`lailatov` or `@lailatov`), normalized to `@login`; null when it is
 * not a GitHub login, so a bad setting is reported by the caller with its name.
 */
function normalizeMention(raw) {
    const login = raw.trim().replace(/^@/, '');
    return LOGIN.test(login) ? `@${login.toLowerCase()}` : null;
}
/** The lines a command may start on: outside fenced code and block quotes, HTML comments removed. */
function commandLines(body) {
    const text = body.slice(0, MAX_SCAN).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    const out = [];
    let fence = null;
    for (const line of text.split(/\r\n|\r|\n/)) {
        const trimmed = line.replace(/^[ \t]{0,3}/, '');
        const opens = /^(`{3,}|~{3,})/.exec(trimmed);
        if (fence !== null) {
            if (opens && opens[1]?.[0] === fence[0] && (opens[1]?.length ?? 0) >= fence.length)
                fence = null;
            out.push('');
            continue;
        }
        if (opens) {
            fence = opens[1] ?? '```';
            out.push('');
            continue;
        }
        // Quoted text is someone else's words; an indented code block is code.
        out.push(/^>/.test(trimmed) || /^( {4}|\t)/.test(line) ? '' : trimmed);
    }
    return out;
}
/** Strips control characters (but not newlines or tabs) and bounds the length. */
function cleanText(s) {
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g; // eslint-disable-line no-control-regex
    return s.replace(controls, '').trim().slice(0, MAX_TEXT).trim();
}
function toCommand(word, rest, via) {
    const name = word.toLowerCase();
    const known = COMMANDS.includes(name);
    if (!known)
        return via === 'mention' ? { kind: 'unknown', word: word.slice(0, 40), via } : null;
    const text = cleanText(rest);
    if (NEEDS_TEXT.has(name) && text === '')
        return { kind: 'unknown', word: name, via };
    return { kind: 'command', name: name, text, via };
}
/**
 * The first command in a comment, or null when it holds none. `@mention` alone means `start`
 * (on an issue; elsewhere the caller answers with help). A slash command is only one of the
 * known words, so another bot's `/foo` is not answered; the mention with an unknown word is.
 */
function parseCommand(body, opts) {
    const mention = normalizeMention(opts.mention);
    if (mention === null)
        return null;
    const lines = commandLines(body);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const below = () => lines.slice(i + 1).join('\n');
        if (line.toLowerCase().startsWith(mention)) {
            const after = line.slice(mention.length);
            // A whole login: `@lailatov-bot` and `@lailatovx` are someone else.
            if (after !== '' && !/^[\s,:;.!?]/.test(after))
                continue;
            const m = /^[\s,:;.!?]*([^\s]*)\s*([\s\S]*)$/.exec(after);
            const word = m?.[1] ?? '';
            if (word === '')
                return { kind: 'command', name: 'start', text: cleanText(below()), via: 'mention' };
            const cmd = toCommand(word.replace(/[,:;.!?]+$/, ''), `${m?.[2] ?? ''}\n${below()}`, 'mention');
            if (cmd)
                return cmd;
            continue;
        }
        if (opts.slash !== false) {
            const s = /^\/([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(line);
            if (s) {
                const cmd = toCommand(s[1] ?? '', `${s[2] ?? ''}\n${below()}`, 'slash');
                if (cmd)
                    return cmd;
            }
        }
    }
    return null;
}
/** The help text: the commands, where they work, and who may use them. */
function helpText(mention, opening) {
    const m = normalizeMention(mention) ?? '@lailatov';
    const lines = COMMANDS.map((c) => `- \`${m} ${c}${c === 'ask' ? ' <question>' : c === 'fix' ? ' <request>' : ''}\` (or \`/${c}\`): ${COMMAND_SUMMARY[c]}`);
    return [
        ...(opening ? [opening, ''] : []),
        'LailaTov commands (people with write permission on this repository; docs/commands.md):',
        '',
        ...lines,
    ].join('\n');
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isUserError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (a bad policy, a missing secret, a wrong flag). Its message names
 * the field and the fix. Anything that is not a UserError is a bug, and keeps its stack trace.
 */
class UserError extends Error {
    /** Every problem found, when there were several (e.g. all errors in a policy file). */
    problems;
    constructor(message, problems = []) {
        super(message);
        this.name = 'UserError';
        this.problems = problems;
        // Keeps `instanceof` working after transpilation to older targets.
        Object.setPrototypeOf(this, UserError.prototype);
    }
}
function isUserError(e) {
    return e instanceof UserError;
}


/***/ }),

/***/ 24937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   eo: () => (/* binding */ secretForms)
/* harmony export */ });
/* unused harmony export REDACTED */
// Every printable form of a secret, and redaction of those forms from text. Pure: the callers
// (the process boundary's errors, the action's log masking) decide what counts as a secret.
/** What a redacted secret is replaced with. */
const REDACTED = '***';
// Shorter values would blank out ordinary words; a real token is far longer.
const MIN_SECRET_LENGTH = 6;
function base64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
/**
 * The forms in which a secret can reach a log: as is, URL-encoded, base64 of itself, and base64
 * of the HTTP basic credential git sends (`x-access-token:<token>`), each also without base64
 * padding (a header or a URL may drop it). Longest first, so a longer form is redacted whole.
 */
function secretForms(secret) {
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH)
        return [];
    const b64 = [base64(value), base64(`x-access-token:${value}`)];
    const forms = new Set([
        value,
        encodeURIComponent(value),
        ...b64,
        ...b64.map((f) => f.replace(/=+$/, '')),
    ]);
    return [...forms].sort((a, b) => b.length - a.length);
}
/** The text with every form of every secret replaced by {@link REDACTED}. */
function redact(text, secrets) {
    let out = text;
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    for (const form of forms)
        out = out.split(form).join(REDACTED);
    return out;
}


/***/ }),

/***/ 61456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseAllowedBots),
/* harmony export */   dy: () => (/* binding */ normalizeBot),
/* harmony export */   jN: () => (/* binding */ authorizeActor)
/* harmony export */ });
/* harmony import */ var _events_parse_event_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(42783);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70656);


// role_name is the fine-grained role (custom roles included); `permission` is the legacy level,
// which folds maintain into write. Either one at write or above is enough.
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
const normalizeBot = (login) => login
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');
/** Parses the `allowed-bots` input: comma or newline separated logins. */
function parseAllowedBots(input) {
    return input
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Takes a requester: this is an action's first API call, made before the REST methods load. */
async function authorizeActor(octokit, options) {
    const { actor, repo } = options;
    const did = options.action === undefined ? '' : ` (${options.action})`;
    if ((0,_events_parse_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isBot */ .w2)(actor)) {
        const listed = (options.allowedBots ?? []).some((b) => normalizeBot(b) === normalizeBot(actor.login));
        return listed
            ? { allowed: true }
            : {
                allowed: false,
                reason: `ignored: ${actor.login}${did} is a bot that is not listed in \`allowed-bots\``,
            };
    }
    let role;
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner: repo.owner, repo: repo.repo, username: actor.login });
        const roleName = (data.role_name ?? '').toLowerCase();
        const legacy = (data.permission ?? '').toLowerCase();
        if (WRITE_ROLES.has(roleName) || WRITE_ROLES.has(legacy))
            return { allowed: true };
        role = roleName || legacy || 'none';
    }
    catch (error) {
        // GitHub answers 404 for a login that is not a user of this repository.
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 404)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wrapApiError */ .N9)(error, {
                repo: `${repo.owner}/${repo.repo}`,
                doing: `checking ${actor.login}'s permission`,
            });
        }
        role = 'none';
    }
    return {
        allowed: false,
        reason: `ignored: ${actor.login}${did} has ${role} permission on ${repo.owner}/${repo.repo}; write, maintain or admin is needed`,
    };
}


/***/ }),

/***/ 26907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ SUITE_BOTS),
/* harmony export */   D0: () => (/* binding */ admitAuthorReply),
/* harmony export */   Rf: () => (/* binding */ authorAdmission)
/* harmony export */ });
/* unused harmony exports labelEvents, lastLabeler */
/* harmony import */ var _events_parse_event_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(42783);
/* harmony import */ var _authorize_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(61456);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(70656);
// Whether the issue's author may steer a run by replying when they cannot write themselves: only
// when a writer handed the issue over (put the trigger label on) and the suite itself asked (put
// `needs-clarification` on). Both are read from the issue's label events, which record who did
// it; the labels on the issue alone do not (anyone with the triage role can set them).



const PAGE = 100;
/** A timeline longer than this is not read further: the newest events are what matter. */
const MAX_PAGES = 10;
/** The issue's label events, oldest first. */
async function labelEvents(octokit, repo, issue) {
    const out = [];
    try {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { owner: repo.owner, repo: repo.repo, issue_number: issue, per_page: PAGE, page });
            for (const e of data) {
                if (!('label' in e) || (e.event !== 'labeled' && e.event !== 'unlabeled'))
                    continue;
                const actor = e.actor ? { login: e.actor.login, type: e.actor.type } : null;
                out.push({ event: e.event, label: e.label.name, actor });
            }
            if (data.length < PAGE)
                break;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapApiError */ .N9)(error, {
            repo: `${repo.owner}/${repo.repo}`,
            doing: `reading the label events of #${issue}`,
        });
    }
    return out;
}
/** Who put `label` on last, or null when no one did. Pure. */
function lastLabeler(events, label) {
    const wanted = label.toLowerCase();
    const hit = events.findLast((e) => e.event === 'labeled' && e.label.toLowerCase() === wanted);
    return hit?.actor ?? null;
}
async function admitAuthorReply(octokit, o) {
    const events = await labelEvents(octokit, o.repo, o.issue);
    const refuse = (why) => ({
        allowed: false,
        reason: `ignored: ${o.author} (the author of #${o.issue}, without write permission) replied, but ${why}; a reply from the author steers a run only when a writer put \`${o.triggerLabel}\` on and LailaTov asked the question.`,
    });
    const asker = lastLabeler(events, o.clarificationLabel);
    const suite = new Set(o.suiteLogins.map(_authorize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBot */ .dy));
    if (asker === null || !(0,_events_parse_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isBot */ .w2)(asker) || !suite.has((0,_authorize_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBot */ .dy)(asker.login)))
        return refuse(`\`${o.clarificationLabel}\` was put on by ${asker?.login ?? 'no one on record'}, not by LailaTov`);
    const labeler = lastLabeler(events, o.triggerLabel);
    if (labeler === null)
        return refuse(`no one on record put \`${o.triggerLabel}\` on`);
    const verdict = await (0,_authorize_js__WEBPACK_IMPORTED_MODULE_1__/* .authorizeActor */ .jN)(octokit, {
        repo: o.repo,
        actor: labeler,
        allowedBots: o.allowedBots,
    });
    return verdict.allowed
        ? verdict
        : refuse(`\`${o.triggerLabel}\` was put on by ${labeler.login}, who may not start a run`);
}
/** The identity the workflow token acts as; with `allowed-bots`, the logins the suite runs as. */
const SUITE_BOTS = ['github-actions[bot]'];
/**
 * The forge's `admitsAuthor`: whether the issue author's comments may reach a prompt, by the same
 * rule as their reply steering a run (a writer labelled the issue and the suite asked).
 */
function authorAdmission(octokit, o) {
    return async (issue, author) => (await admitAuthorReply(octokit, { ...o, issue, author })).allowed;
}


/***/ }),

/***/ 39785:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ addEyesReaction),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70656);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57091);


const KEY = /^[a-z0-9][a-z0-9._:-]{0,63}$/;
/** The hidden first line that finds the comment again: `<!-- lailatov:sticky:<key> -->`. */
function stickyMarker(key) {
    if (!KEY.test(key))
        throw new TypeError(`sticky comment key must match ${KEY}, got ${JSON.stringify(key)}`);
    return `<!-- lailatov:sticky:${key} -->`;
}
/** Creates the comment, or edits the one that carries the marker (searched through every page). */
async function upsertStickyComment(octokit, options) {
    const marker = stickyMarker(options.key);
    const body = `${marker}\n${options.body}`;
    const repo = { owner: options.repo.owner, repo: options.repo.repo };
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: options.issueNumber,
            per_page: 100,
        });
        const candidates = comments.filter((c) => (c.body ?? '').startsWith(marker) &&
            (options.author === undefined || c.user?.login === options.author));
        const existing = candidates.find((c) => c.user?.type === 'Bot') ?? candidates[0];
        if (existing === undefined) {
            const { data } = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: options.issueNumber,
                body,
            });
            return { commentId: data.id, action: 'created', url: data.html_url };
        }
        if (existing.body === body) {
            return { commentId: existing.id, action: 'unchanged', url: existing.html_url };
        }
        const { data } = await octokit.rest.issues.updateComment({
            ...repo,
            comment_id: existing.id,
            body,
        });
        return { commentId: data.id, action: 'updated', url: data.html_url };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, {
            repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(options.repo),
            doing: `updating the progress comment on #${options.issueNumber}`,
        });
    }
}
/**
 * 👀 on pickup. GitHub answers 200 instead of 201 when it is already there: re-runs are safe.
 * Takes a requester: run.ts may react before the REST methods load.
 */
async function addEyesReaction(octokit, repo, target) {
    const base = { owner: repo.owner, repo: repo.repo, content: 'eyes' };
    try {
        if ('commentId' in target) {
            await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
                ...base,
                comment_id: target.commentId,
            });
        }
        else {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
                ...base,
                issue_number: target.issueNumber,
            });
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapApiError */ .N9)(error, { repo: (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .fullName */ .fq)(repo), doing: 'adding the 👀 reaction' });
    }
}


/***/ }),

/***/ 70656:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ wrapApiError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Ro: () => (/* binding */ hasStatus),
/* harmony export */   d7: () => (/* binding */ isApiError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
// Known GitHub API failures become UserErrors that say what to fix; anything else stays a bug.

function isApiError(error) {
    return (error instanceof Error &&
        typeof error.status === 'number' &&
        error.status > 0);
}
/** True when the API answered with this status (a network failure is never a status match). */
function hasStatus(error, ...statuses) {
    return isApiError(error) && statuses.includes(error.status);
}
/**
 * GitHub itself failed (5xx after the client's retries, or no answer): our infrastructure, not
 * the user's mistake. Stages map it to an `infra_error` outcome and a neutral check. The original
 * error is the `cause`.
 */
class GitHubApiError extends Error {
    status;
    constructor(message, status, cause) {
        super(message, { cause });
        this.name = 'GitHubApiError';
        this.status = status;
        Object.setPrototypeOf(this, GitHubApiError.prototype);
    }
}
// The workflow `permissions:` key for the path of a REST call, when GitHub does not send
// `x-accepted-github-permissions`. Checked in order; the first match wins.
const SCOPE_BY_PATH = [
    [/^\/repos\/[^/]+\/[^/]+\/(git|contents|dispatches)(\/|$)/, 'contents'],
    [/^\/repos\/[^/]+\/[^/]+\/pulls(\/|$)/, 'pull-requests'],
    [/^\/repos\/[^/]+\/[^/]+\/(issues|labels)(\/|$)/, 'issues'],
    [/^\/repos\/[^/]+\/[^/]+\/(check-runs|check-suites)(\/|$)/, 'checks'],
    [/^\/repos\/[^/]+\/[^/]+\/statuses(\/|$)/, 'statuses'],
    [/^\/repos\/[^/]+\/[^/]+\/actions(\/|$)/, 'actions'],
    [/^\/graphql$/, 'pull-requests'],
];
/** `contents=write,issues=read` (GitHub App names) → `contents: write` (workflow YAML names). */
function acceptedPermissions(header) {
    return header
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.includes('='))
        .map((part) => {
        const [scope = '', level = ''] = part.split('=');
        return `${scope.trim().replace(/_/g, '-')}: ${level.trim()}`;
    });
}
function requestPath(error) {
    try {
        return new URL(error.request?.url ?? '', 'http://x').pathname.replace(/^\/api\/v3(?=\/)/, '');
    }
    catch {
        return '';
    }
}
function neededPermission(error) {
    const header = error.response?.headers?.['x-accepted-github-permissions'];
    if (typeof header === 'string' && header.trim() !== '') {
        return acceptedPermissions(header).join(', ') || undefined;
    }
    const path = requestPath(error);
    const scope = SCOPE_BY_PATH.find(([pattern]) => pattern.test(path))?.[1];
    if (scope === undefined)
        return undefined;
    const method = (error.request?.method ?? 'GET').toUpperCase();
    return `${scope}: ${method === 'GET' || method === 'HEAD' ? 'read' : 'write'}`;
}
/**
 * Translates what a user can fix: a bad or missing token (401), a token without the needed
 * `permissions:` scope (403 "Resource not accessible by integration"), a repository the token
 * cannot see (404 on the repository itself). A 5xx that survived the retries becomes a
 * GitHubApiError naming the call. Returns any other error unchanged, stack intact; callers
 * `throw wrapApiError(e, ctx)`.
 */
function wrapApiError(error, context) {
    if (!isApiError(error))
        return error;
    const input = context.tokenInput ?? 'github-token';
    const where = `while ${context.doing} on ${context.repo}`;
    if (error.status === 401) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`GitHub rejected the token (401 ${error.message}) ${where}. The \`${input}\` input holds a ` +
            'missing, expired or revoked token: check the secret it reads (e.g. secrets.GITHUB_TOKEN, ' +
            'or the APP_ID / APP_PRIVATE_KEY pair given to actions/create-github-app-token).');
    }
    if (error.status === 403 && /not accessible by integration/i.test(error.message)) {
        const permission = neededPermission(error);
        const fix = permission === undefined
            ? 'Grant the missing scope in the workflow `permissions:` block (or to the GitHub App).'
            : `Add \`${permission}\` to the workflow's \`permissions:\` block (or grant it to the ` +
                'GitHub App that minted the token).';
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The token in \`${input}\` may not do this (403 ${error.message}) ${where}. ${fix}`, permission === undefined ? [] : [permission]);
    }
    if (error.status === 404 && /^\/repos\/[^/]+\/[^/]+\/?$/.test(requestPath(error))) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The token in \`${input}\` cannot see ${context.repo} (404) ${where}. Check the owner/name, ` +
            'and that the token (or the GitHub App installation) has access to this repository.');
    }
    if (error.status >= 500) {
        const method = (error.request?.method ?? '').toUpperCase();
        return new GitHubApiError(`GitHub answered ${error.status} (${error.message}) to ${method} ${requestPath(error)} ${where}, ` +
            'after the client retried it. GitHub may be degraded (https://www.githubstatus.com); re-run the job later.', error.status, error);
    }
    return error;
}


/***/ }),

/***/ 2815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ readStageDispatch),
/* harmony export */   Xq: () => (/* binding */ readAgentTask),
/* harmony export */   iI: () => (/* binding */ stageDispatchRequest),
/* harmony export */   kB: () => (/* binding */ STAGE_EVENT_TYPES),
/* harmony export */   lf: () => (/* binding */ FROM_SENDER),
/* harmony export */   uv: () => (/* binding */ AGENT_TASK_EVENT_TYPE)
/* harmony export */ });
/* harmony import */ var _payload_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32775);
// The suite's `repository_dispatch` payloads, both sides: the stage-chaining dispatches it sends
// (stageDispatchRequest) and reads back, and the predecessor's `agent-task` (sent by its triage and
// the relay). parse-event.ts routes a dispatch here by its event type. Pure: no I/O.

/** The suite's own stage-chaining `repository_dispatch` types (names in one place). */
const STAGE_EVENT_TYPES = {
    triage: 'lailatov-triage',
    write: 'lailatov-write',
    review: 'lailatov-review',
    remediate: 'lailatov-remediate',
};
/** The predecessor's dispatch type, still accepted so existing senders keep working. */
const AGENT_TASK_EVENT_TYPE = 'agent-task';
const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A nonce as the suite makes them (randomUUID); anything else counts as absent. */
const NONCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What to do about a bad dispatch payload: its sender wrote it. */
const FROM_SENDER = 'Fix the sender of this repository_dispatch: docs/actions.md lists the client_payload fields.';
/** The predecessor's agent-task client payload (`issue_number` may be a string of digits). */
function readAgentTask(body) {
    const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadReader */ .E('client_payload');
    const task = {
        title: r.string(body.title, 'title', {
            trim: true,
            nonEmpty: true,
            missing: 'is required (the task title)',
        }),
        description: r.optionalString(body.description, 'description') ?? '',
        issueNumber: r.optionalIssueNumber(body.issue_number, 'issue_number'),
        riskTier: r.optionalString(body.risk_tier, 'risk_tier'),
        correlationId: r.optionalString(body.correlation_id, 'correlation_id'),
        clickupTaskId: r.optionalString(body.clickup_task_id, 'clickup_task_id'),
        complexity: r.optionalString(body.complexity, 'complexity'),
        source: r.optionalString(body.source, 'source'),
        branch: r.optionalString(body.branch, 'branch'),
        sourceId: r.optionalString(body.source_id, 'source_id'),
        taskUrl: r.optionalString(body.task_url, 'task_url'),
    };
    r.check('repository_dispatch agent-task', FROM_SENDER);
    return task;
}
function readStageDispatch(body, eventType) {
    const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadReader */ .E('client_payload');
    const payload = {
        issue: r.issueNumber(body.issue, 'issue'),
        pr: r.optionalIssueNumber(body.pr, 'pr'),
        round: body.round === undefined ? 0 : r.integer(body.round, 'round', 0),
        correlationId: r.string(body.correlationId, 'correlationId', { nonEmpty: true }),
        headSha: typeof body.headSha === 'string' && COMMIT_SHA.test(body.headSha) ? body.headSha : null,
        nonce: typeof body.nonce === 'string' && NONCE.test(body.nonce) ? body.nonce : null,
    };
    r.check(`repository_dispatch ${eventType}`, FROM_SENDER);
    return payload;
}
/** The `POST /repos/{o}/{r}/dispatches` body that chains to `stage` (the sending side of readStageDispatch). */
function stageDispatchRequest(stage, payload) {
    const { headSha, nonce, ...rest } = payload;
    return {
        event_type: STAGE_EVENT_TYPES[stage],
        client_payload: { ...rest, ...(headSha && { headSha }), ...(nonce && { nonce }) },
    };
}


/***/ }),

/***/ 42783:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mr: () => (/* binding */ CLARIFICATION_LABEL),
/* harmony export */   w2: () => (/* binding */ isBot),
/* harmony export */   wj: () => (/* binding */ parseEvent)
/* harmony export */ });
/* unused harmony exports isIssueLabeled, isIssueComment, isCommand, isAgentTask, isStageDispatch, isPrSynchronize, isWorkflowDispatch, isUnsupported */
/* harmony import */ var _core_commands_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45609);
/* harmony import */ var _payload_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(32775);
/* harmony import */ var _review_events_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(53427);
/* harmony import */ var _dispatch_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2815);
// The workflow event that started an action, parsed once at the boundary into a closed union.
// The caller reads GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH; this module does no I/O.




/** The label triage puts on an issue when it asks a question (the config's default name). */
const CLARIFICATION_LABEL = 'needs-clarification';
const is = (kind) => (event) => event.kind === kind;
const isIssueLabeled = is('issue-labeled');
const isIssueComment = is('issue-comment');
const isCommand = is('command');
const isAgentTask = is('agent-task');
const isStageDispatch = is('stage-dispatch');
const isPrSynchronize = is('pr-synchronize');
const isWorkflowDispatch = is('workflow-dispatch');
const isUnsupported = is('unsupported');
// ---- payload readers: only the fields we use; GitHub sends many more, which are ignored. ----
function readActor(r, value, path) {
    const u = r.object(value, path);
    if (u === null)
        return { login: '', type: 'User' };
    return {
        login: r.string(u.login, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'login'), { nonEmpty: true }),
        type: r.stringOr(u.type, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'type'), 'User'),
    };
}
function readLabelName(r, value, path) {
    if (typeof value === 'string')
        return value;
    const l = r.object(value, path, 'a label object or a label name');
    return l === null ? '' : r.string(l.name, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'name'));
}
/** An issue as the `issues` and `issue_comment` events carry it (a PR is an issue there too). */
function readIssue(r, value, path) {
    // A missing object reads as {}: the reader reports it once, not each field under it.
    const i = r.object(value, path) ?? {};
    const labels = i.labels === undefined
        ? []
        : r.array(i.labels, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'labels'), (l, p) => readLabelName(r, l, p));
    return {
        issue: {
            number: r.integer(i.number, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'number'), 1),
            title: r.string(i.title, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'title')),
            body: r.optionalString(i.body, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'body')) ?? '',
            author: readActor(r, i.user, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_1__.at)(path, 'user')).login,
            labels,
        },
        isPullRequest: i.pull_request !== undefined,
    };
}
// What to do about a bad payload GitHub wrote (a dispatch's sender: FROM_SENDER in dispatch.ts).
const FROM_GITHUB = 'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';
/** Present and not blank: workflow_dispatch sends every declared input, '' when not given. */
const given = (v) => v !== undefined && v !== null && v !== '';
function isBot(a) {
    return a.type === 'Bot' || a.login.endsWith('[bot]');
}
const nothing = (eventName, why) => ({
    kind: 'unsupported',
    eventName,
    reason: `nothing to do for ${eventName}: ${why}`,
});
/**
 * Parses `eventName` (GITHUB_EVENT_NAME) and its payload. Events the suite does not act on give
 * `unsupported` with a reason for the job summary; a known event with a malformed payload throws
 * a UserError naming the bad field.
 */
function parseEvent(eventName, payload, options = {}) {
    const triggerLabel = options.triggerLabel ?? 'ai-agent';
    const clarificationLabel = options.clarificationLabel ?? CLARIFICATION_LABEL;
    const prefix = options.agentBranchPrefix ?? 'agent/';
    const action = readAction(payload);
    switch (eventName) {
        case 'issues': {
            if (action !== 'labeled')
                return nothing(eventName, `action "${action}" is not "labeled"`);
            const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadReader */ .E();
            const p = r.object(payload, '') ?? {};
            const { issue, isPullRequest } = readIssue(r, p.issue, 'issue');
            const labelObject = r.object(p.label, 'label') ?? {};
            const label = r.string(labelObject.name, 'label.name');
            const sender = readActor(r, p.sender, 'sender');
            r.check('issues.labeled', FROM_GITHUB);
            if (isPullRequest)
                return nothing(eventName, 'the item is a pull request');
            if (label !== triggerLabel) {
                return nothing(eventName, `label "${label}" is not the trigger label "${triggerLabel}"`);
            }
            return { kind: 'issue-labeled', sender, issue, label };
        }
        case 'issue_comment': {
            if (action !== 'created')
                return nothing(eventName, `action "${action}" is not "created"`);
            const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadReader */ .E();
            const p = r.object(payload, '') ?? {};
            const { issue, isPullRequest } = readIssue(r, p.issue, 'issue');
            const c = r.object(p.comment, 'comment') ?? {};
            const comment = {
                id: r.integer(c.id, 'comment.id', 1),
                body: r.optionalString(c.body, 'comment.body') ?? '',
                author: readActor(r, c.user, 'comment.user'),
            };
            const sender = readActor(r, p.sender, 'sender');
            r.check('issue_comment.created', FROM_GITHUB);
            const command = (0,_core_commands_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .RM)(comment.body, { mention: options.mention ?? '@lailatov' });
            // On a PR, a mention that names no command is a reviewer's request: a round on it
            // (review-events.ts; the remediate stage ignores it on a person's PR).
            const request = isPullRequest && command?.kind === 'unknown' && command.via === 'mention';
            if (command !== null && !request)
                return { kind: 'command', sender, issue, onPullRequest: isPullRequest, comment, command };
            if (isPullRequest) {
                const feedback = (0,_review_events_js__WEBPACK_IMPORTED_MODULE_2__/* .mentionFeedback */ .u7)({ pr: issue.number, comment }, options.mention);
                return typeof feedback === 'string' ? nothing(eventName, feedback) : feedback;
            }
            if (!issue.labels.includes(clarificationLabel)) {
                return nothing(eventName, `issue #${issue.number} is not labeled "${clarificationLabel}"`);
            }
            return { kind: 'issue-comment', sender, issue, comment };
        }
        case 'repository_dispatch':
            return parseDispatch(payload);
        case 'pull_request': {
            if (action !== 'synchronize')
                return nothing(eventName, `action "${action}" is not "synchronize"`);
            const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadReader */ .E();
            const p = r.object(payload, '') ?? {};
            const pr = r.object(p.pull_request, 'pull_request') ?? {};
            const head = r.object(pr.head, 'pull_request.head') ?? {};
            const base = r.object(pr.base, 'pull_request.base') ?? {};
            const read = {
                number: r.integer(pr.number, 'pull_request.number', 1),
                headRef: r.string(head.ref, 'pull_request.head.ref', { nonEmpty: true }),
                headSha: r.string(head.sha, 'pull_request.head.sha', { nonEmpty: true }),
                baseRef: r.string(base.ref, 'pull_request.base.ref', { nonEmpty: true }),
                draft: r.boolOr(pr.draft, 'pull_request.draft', false),
            };
            const sender = readActor(r, p.sender, 'sender');
            r.check('pull_request.synchronize', FROM_GITHUB);
            if (!read.headRef.startsWith(prefix))
                return nothing(eventName, `head branch "${read.headRef}" is not an ${prefix}* branch`);
            if (isBot(sender)) {
                return nothing(eventName, `pushed by the bot ${sender.login}; the pipeline chains its own review`);
            }
            return { kind: 'pr-synchronize', sender, pr: read };
        }
        case 'pull_request_review':
        case 'pull_request_review_comment': {
            const feedback = (0,_review_events_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReviewFeedback */ .zA)(eventName, payload, prefix);
            return typeof feedback === 'string' ? nothing(eventName, feedback) : feedback;
        }
        case 'workflow_dispatch': {
            // The router (lailatov.yml) declares the input `number`; workflows of users' own may
            // still call it `issue-number`.
            const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadReader */ .E();
            const p = r.object(payload, '') ?? {};
            const inputs = r.object(p.inputs, 'inputs') ?? {};
            const key = given(inputs.number)
                ? 'number'
                : given(inputs['issue-number'])
                    ? 'issue-number'
                    : null;
            if (key === null)
                r.problem('inputs.number or inputs.issue-number', 'is required (the issue number)');
            const issueNumber = key === null ? 0 : r.issueNumber(inputs[key], `inputs.${key}`);
            const sender = readActor(r, p.sender, 'sender');
            const stageInput = given(inputs.stage) ? String(inputs.stage).trim() : 'auto';
            const stage = Object.hasOwn(_dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_EVENT_TYPES */ .kB, stageInput)
                ? stageInput
                : null;
            if (stage === null && stageInput !== 'auto')
                r.problem('inputs.stage', `must be auto, ${Object.keys(_dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_EVENT_TYPES */ .kB).join(', ')}; got ${JSON.stringify(stageInput)}`);
            r.check('workflow_dispatch', 'Give the workflow a workflow_dispatch input `number` (or `issue-number`) with the issue number, as workflows-templates/lailatov.yml does.');
            return { kind: 'workflow-dispatch', sender, issueNumber, stage };
        }
        default:
            return nothing(eventName, 'LailaTov does not act on this event');
    }
}
function readAction(payload) {
    if (typeof payload !== 'object' || payload === null)
        return '(none)';
    const action = payload.action;
    return typeof action === 'string' ? action : '(none)';
}
function parseDispatch(payload) {
    const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .PayloadReader */ .E();
    const p = r.object(payload, '') ?? {};
    const eventType = r.string(p.action, 'action', { nonEmpty: true });
    const body = r.optionalObject(p.client_payload, 'client_payload') ?? {};
    const sender = readActor(r, p.sender, 'sender');
    r.check('repository_dispatch', _dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .FROM_SENDER */ .lf);
    if (eventType === _dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .AGENT_TASK_EVENT_TYPE */ .uv)
        return { kind: 'agent-task', sender, task: (0,_dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .readAgentTask */ .Xq)(body) };
    const stage = Object.keys(_dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_EVENT_TYPES */ .kB).find((s) => _dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_EVENT_TYPES */ .kB[s] === eventType);
    if (stage === undefined) {
        return nothing('repository_dispatch', `event type "${eventType}" is not one of LailaTov's`);
    }
    return { kind: 'stage-dispatch', sender, stage, payload: (0,_dispatch_js__WEBPACK_IMPORTED_MODULE_3__/* .readStageDispatch */ .Pi)(body, eventType) };
}


/***/ }),

/***/ 32775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PayloadReader),
/* harmony export */   at: () => (/* binding */ at)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
// Reads fields out of an untrusted JSON event payload and collects every problem with its path
// ("client_payload.issue_number: must be ..."), so one UserError can name them all. Hand-written
// rather than zod: the event is parsed before an action's first API request, and zod is the
// largest module an action would otherwise load before it (bench/github: cold start).

/** What a value is, for a message: `nothing`, `null`, `an array`, `a number (3)`. */
function describe(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    const shown = JSON.stringify(value) ?? String(value);
    return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})`;
}
/** The message for a value of the wrong kind, or a missing one. */
const expected = (what, value) => value === undefined
    ? `is missing (expected ${what})`
    : `expected ${what}, got ${describe(value)}`;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The predecessor sends `issue_number: "42"`; new senders send 42. */
function toIssueNumber(value) {
    const n = typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*[1-9]\d*\s*$/.test(value)
            ? Number.parseInt(value, 10)
            : Number.NaN;
    return Number.isSafeInteger(n) && n > 0 ? n : null;
}
/**
 * One payload's reader. Each method returns the value, or a placeholder after recording a
 * problem; call check() before using the values. A missing object can be read on as `{}`.
 */
class PayloadReader {
    prefix;
    found = [];
    /** Fields already reported: nothing under them is reported again (a missing object, once). */
    reported = [];
    /** `prefix` goes in front of every path, e.g. `client_payload`. */
    constructor(prefix = '') {
        this.prefix = prefix;
    }
    /** Records a problem at `path` (`a.b`; '' is the payload itself). */
    problem(path, message) {
        const field = [this.prefix, path].filter((p) => p !== '').join('.');
        if (this.reported.some((f) => f === '' || field.startsWith(`${f}.`)))
            return;
        this.reported.push(field);
        this.found.push(`${field || '(payload)'}: ${message}`);
    }
    /** An object; null (and a problem) when it is missing or is not one. */
    object(value, path, what = 'an object') {
        if (isObject(value))
            return value;
        this.problem(path, expected(what, value));
        return null;
    }
    /** An object, or null when absent (null or missing). */
    optionalObject(value, path) {
        return value === undefined || value === null ? null : this.object(value, path);
    }
    /** A string; `nonEmpty` also refuses '' (after trimming when `trim` is set). */
    string(value, path, options = {}) {
        if (typeof value !== 'string') {
            this.problem(path, value === undefined && options.missing ? options.missing : expected('a string', value));
            return '';
        }
        const text = options.trim ? value.trim() : value;
        if (options.nonEmpty && text === '') {
            this.problem(path, options.missing ?? 'must not be empty');
            return '';
        }
        return text;
    }
    /** A string, or null when absent (null or missing). */
    optionalString(value, path) {
        return value === undefined || value === null ? null : this.string(value, path);
    }
    /** A string, or `fallback` when missing (null is a problem, as in the payloads GitHub sends). */
    stringOr(value, path, fallback) {
        return value === undefined ? fallback : this.string(value, path);
    }
    boolOr(value, path, fallback) {
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        this.problem(path, expected('true or false', value));
        return fallback;
    }
    /** A whole number >= `min` (a JSON number; strings are not accepted here). */
    integer(value, path, min) {
        if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min)
            return value;
        this.problem(path, expected(`a whole number >= ${min}`, value));
        return min;
    }
    /** A positive issue or PR number, as a number or a string of digits. */
    issueNumber(value, path) {
        const n = toIssueNumber(value);
        if (n !== null)
            return n;
        this.problem(path, `must be a positive whole number or a string of digits, got ${JSON.stringify(value) ?? 'nothing'}`);
        return 0;
    }
    /** An issue number, or null when absent (null or missing). */
    optionalIssueNumber(value, path) {
        return value === undefined || value === null ? null : this.issueNumber(value, path);
    }
    /** An array; each element goes through `item` with its index in the path. */
    array(value, path, item) {
        if (!Array.isArray(value)) {
            this.problem(path, expected('an array', value));
            return [];
        }
        return value.map((element, i) => item(element, `${path}.${i}`));
    }
    /**
     * Throws one UserError listing every problem and then the fix:
     * `${what}: bad event payload: a: ...; b: .... ${fix}`.
     */
    check(what, fix) {
        if (this.found.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${what}: bad event payload: ${this.found.join('; ')}. ${fix}`, [
                ...this.found,
            ]);
    }
}
/** `parent.key`, or `key` at the top. */
const at = (parent, key) => parent === '' ? key : `${parent}.${key}`;


/***/ }),

/***/ 53427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ DEFAULT_MENTION),
/* harmony export */   hJ: () => (/* binding */ withoutMention),
/* harmony export */   jB: () => (/* binding */ feedbackKey),
/* harmony export */   u7: () => (/* binding */ mentionFeedback),
/* harmony export */   zA: () => (/* binding */ parseReviewFeedback)
/* harmony export */ });
/* unused harmony export mentions */
/* harmony import */ var _payload_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32775);
// The events by which a person talks to the agent about its PR: a review submitted, a review
// comment (in a thread), a PR comment that mentions the suite. Each becomes one feedback
// trigger for the remediate stage (src/action/stages/human-round.ts). Pure; events.ts calls it.

/** The key of a trigger in the PR's list of handled feedback: a re-delivery is seen once. */
function feedbackKey(t) {
    return t.kind === 'review' ? `review:${t.reviewId}` : `comment:${t.commentId}`;
}
/** The default mention; a comment must name it as a word (`@lailatov`, not `@lailatovx`). */
const DEFAULT_MENTION = '@lailatov';
function mentionPattern(mention) {
    const name = mention.replace(/^@/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\w@/])@${name}(?![\\w-])`, 'gi');
}
function mentions(body, mention = DEFAULT_MENTION) {
    return mentionPattern(mention).test(body);
}
/** The comment's text without the mention: what the person asks. */
function withoutMention(body, mention = DEFAULT_MENTION) {
    return body.replace(mentionPattern(mention), '$1').trim();
}
const FROM_GITHUB = 'GitHub sends these fields; if the event file was written by hand (a test, a replayed event), add them.';
function actor(r, value, path) {
    const u = r.object(value, path) ?? {};
    return {
        login: r.string(u.login, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_0__.at)(path, 'login'), { nonEmpty: true }),
        type: r.stringOr(u.type, (0,_payload_reader_js__WEBPACK_IMPORTED_MODULE_0__.at)(path, 'type'), 'User'),
    };
}
const isBot = (a) => a.type === 'Bot' || a.login.endsWith('[bot]');
/**
 * `pull_request_review` (submitted) and `pull_request_review_comment` (created) on an agent PR,
 * from a person: the feedback, or why the event asks for nothing (a string for the summary).
 */
function parseReviewFeedback(eventName, payload, agentBranchPrefix) {
    const r = new _payload_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadReader */ .E();
    const p = r.object(payload, '') ?? {};
    const action = typeof p.action === 'string' ? p.action : '(none)';
    const wanted = eventName === 'pull_request_review' ? 'submitted' : 'created';
    if (action !== wanted)
        return `action "${action}" is not "${wanted}"`;
    const pull = r.object(p.pull_request, 'pull_request') ?? {};
    const head = r.object(pull.head, 'pull_request.head') ?? {};
    const pr = r.integer(pull.number, 'pull_request.number', 1);
    const headRef = r.string(head.ref, 'pull_request.head.ref', { nonEmpty: true });
    const sender = actor(r, p.sender, 'sender');
    let trigger;
    let state = 'commented';
    if (eventName === 'pull_request_review') {
        const review = r.object(p.review, 'review') ?? {};
        trigger = {
            kind: 'review',
            reviewId: r.integer(review.id, 'review.id', 1),
            body: r.optionalString(review.body, 'review.body') ?? '',
        };
        state = r.string(review.state, 'review.state').toLowerCase();
    }
    else {
        const comment = r.object(p.comment, 'comment') ?? {};
        trigger = {
            kind: 'review',
            reviewId: r.integer(comment.pull_request_review_id, 'comment.pull_request_review_id', 1),
            body: null,
        };
    }
    r.check(`${eventName}.${wanted}`, FROM_GITHUB);
    if (!headRef.startsWith(agentBranchPrefix))
        return `head branch "${headRef}" is not an ${agentBranchPrefix}* branch`;
    if (isBot(sender))
        return `sent by the bot ${sender.login}: only people's reviews start a round`;
    if (state !== 'commented' && state !== 'changes_requested')
        return `the review is ${state}: only comments and requested changes start a round`;
    return { kind: 'pr-feedback', sender, pr, trigger };
}
/** A PR comment (issue_comment on a PR) that mentions the suite, from a person; else why not. */
function mentionFeedback(o, mention = DEFAULT_MENTION) {
    if (!mentions(o.comment.body, mention))
        return `the comment is on a pull request (#${o.pr}) and does not mention ${mention}`;
    if (isBot(o.comment.author))
        return `the comment is by the bot ${o.comment.author.login}: only people's comments start a round`;
    return {
        kind: 'pr-feedback',
        sender: o.comment.author,
        pr: o.pr,
        trigger: { kind: 'mention', commentId: o.comment.id, body: o.comment.body },
    };
}


/***/ }),

/***/ 57091:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ parseRepo),
/* harmony export */   fq: () => (/* binding */ fullName)
/* harmony export */ });
/* unused harmony export verifyRepoAccess */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70656);
// The repository a GitHub adapter works on, and a cheap access check for a clear first error.


const fullName = (r) => `${r.owner}/${r.repo}`;
/** Parses `owner/name` (GITHUB_REPOSITORY or an input), naming the field when it is wrong. */
function parseRepo(value, field = 'GITHUB_REPOSITORY') {
    const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value.trim());
    if (!match?.[1] || !match[2]) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${field} must be "owner/name", got ${JSON.stringify(value)}`);
    }
    return { owner: match[1], repo: match[2] };
}
/** One GET on the repository: a token that cannot see it fails here with the fix, not later. */
async function verifyRepoAccess(octokit, repo) {
    try {
        await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    }
    catch (error) {
        throw wrapApiError(error, { repo: fullName(repo), doing: 'reading the repository' });
    }
}


/***/ }),

/***/ 6378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ createRequestClient),
  g: () => (/* binding */ wantsProxy)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __nccwpck_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __nccwpck_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __nccwpck_require__(86856);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(44708);
;// CONCATENATED MODULE: ./src/forge/github/http-fetch.ts
// The part of `fetch` that @octokit/request uses, over node:http(s). Node's global fetch loads
// its bundled undici on first use: a first fetch() took about 80 ms longer than a first
// node:http request on these machines (Node 20; bench/github: cold start). Proxies are not
// handled here: request-client.ts is only used when no proxy variable is set.


/** Response headers as @octokit/request reads them: iterable [name, value] pairs and get(). */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const [k, v] of Object.entries(raw)) {
            if (v !== undefined)
                this.map.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Credentials that must not follow a redirect to another origin, as fetch (undici) drops them:
// a token for the GitHub API would otherwise reach whatever host a Location header names.
const ORIGIN_BOUND = new Set(['authorization', 'cookie', 'proxy-authorization']);
/** The headers to send to `next` after a redirect from `prev`: credentials stay on their origin. */
function headersForRedirect(headers, prev, next) {
    if (!headers || prev.origin === next.origin)
        return headers;
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !ORIGIN_BOUND.has(name.toLowerCase())));
}
function once(url, init) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const req = send(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ res, data: Buffer.concat(chunks) }));
            res.on('error', reject);
        });
        // Like fetch: a network failure is a TypeError whose cause says what happened.
        req.on('error', (e) => reject(new TypeError('fetch failed', { cause: e })));
        const signal = init.signal;
        if (signal) {
            if (signal.aborted)
                req.destroy(new DOMException('aborted', 'AbortError'));
            signal.addEventListener('abort', () => {
                const e = new DOMException('This operation was aborted', 'AbortError');
                req.destroy(e);
                reject(e);
            });
        }
        if (init.body !== undefined && init.body !== null)
            req.write(init.body);
        req.end();
    });
}
async function httpFetch(input, init = {}) {
    let url = new URL(input);
    let step = init;
    for (let hops = 0;; hops++) {
        const { res, data } = await once(url, step);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECTS.has(status) && location && (step.redirect ?? 'follow') === 'follow' && hops < 5) {
            const next = new URL(location, url);
            // 303, and 301/302 after a POST, become a GET without a body, as fetch does.
            const keep = status === 307 || status === 308;
            step = keep ? step : { ...step, method: 'GET', body: null };
            step = { ...step, headers: headersForRedirect(step.headers, url, next) };
            url = next;
            continue;
        }
        const text = async () => data.toString('utf8');
        return {
            status,
            statusText: res.statusMessage ?? '',
            url: url.toString(),
            ok: status >= 200 && status < 300,
            headers: new ResponseHeaders(res.headers),
            body: null,
            text,
            json: async () => JSON.parse(await text()),
            arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
        };
    }
}

// EXTERNAL MODULE: ./src/forge/github/retry-policy.ts
var retry_policy = __nccwpck_require__(81660);
;// CONCATENATED MODULE: ./src/forge/github/request-client.ts
// The client an action starts with: @octokit/core with the suite's retry and throttling policy
// (retry-policy.ts) over node:http (http-fetch.ts), WITHOUT the REST method table. That table
// (plugin-rest-endpoint-methods, 0.1 MB) is the largest part of Octokit, and the calls made
// before a stage loads (the permission check, the 👀) need only `request`; light-client.ts adds
// the methods to this same client afterwards (bench/github: cold start).
// Behind an HTTP(S) proxy Node's fetch and node:http do not honour the proxy variables, so
// there the caller uses client.ts (createOctokit), whose fetch does.





// httpFetch implements what @octokit/request reads of a Response, not the whole DOM type.
const fetchForOctokit = httpFetch;
const RequestOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** True when the environment asks for a proxy (then use createOctokit from client.ts). */
function wantsProxy(env) {
    return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((k) => !!env[k]);
}
function createRequestClient(options) {
    return new RequestOctokit({
        auth: options.token,
        request: { fetch: fetchForOctokit },
        ...(0,retry_policy/* clientOptions */.s1)(options),
    });
}


/***/ }),

/***/ 81660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ backoffScaleFrom),
/* harmony export */   Ii: () => (/* binding */ DO_NOT_RETRY_STATUSES),
/* harmony export */   s1: () => (/* binding */ clientOptions),
/* harmony export */   yd: () => (/* binding */ retryAtScale)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);

/**
 * Statuses plugin-retry must NOT retry. A retry would repeat the same answer, or hide a
 * decision that belongs to the caller:
 * - 400 bad request, 410 gone, 451 legal: the same request fails the same way.
 * - 401 bad credentials, 403 missing permission: wrapApiError turns them into a fix to apply.
 *   (403 and 429 rate limits are retried by plugin-throttling, which honours retry-after.)
 * - 404: "not there" or "not visible to this token"; callers that expect it test for it.
 * - 409 conflict (e.g. "Git Repository is empty"): needs another request, not the same one.
 * - 422 validation failed: also how a compare-and-swap ref update says "the ref moved"; the
 *   outcome store re-reads and retries with its own backoff (git-branch-store.ts).
 * - 429: left to plugin-throttling, so one rate limit is not retried by two plugins.
 * Everything else (5xx, dropped connections, which @octokit/request reports as 500) is retried.
 */
const DO_NOT_RETRY_STATUSES = [
    400, 401, 403, 404, 409, 410, 422, 429, 451,
];
const passThrough = {
    key: () => ({ schedule: async (_options, job, ...args) => job(...args) }),
};
// plugin-throttling types the group as a Bottleneck.Group, of which it calls only key().schedule().
const UNSPACED = passThrough;
let clientCounter = 0;
function clientOptions(options) {
    const r = options.retry ?? {};
    const scale = r.backoffScale ?? 1;
    const rateLimitRetries = r.rateLimitRetries ?? 2;
    const maxRetryAfter = r.maxRetryAfterSeconds ?? 120;
    const spaced = r.spaceWrites ?? true;
    clientCounter += 1;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const wanted = retryCount < rateLimitRetries && retryAfter <= maxRetryAfter;
        const what = `${kind} on ${request.method} ${request.url}`;
        options.log?.warn(wanted
            ? `${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`
            : `${what}: giving up after ${retryCount} retries (retry-after ${retryAfter} s)`);
        return wanted;
    };
    return {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
        ...(options.log === undefined ? {} : { log: options.log }),
        retry: {
            doNotRetry: [...DO_NOT_RETRY_STATUSES],
            retries: r.retries ?? 3,
            retryAfterBaseValue: 1000 * scale,
        },
        throttle: {
            // A shared id would serialise every client's writes with one another's (plugin-throttling
            // keeps its limiter groups per process, keyed by id); spacing is only meant per client.
            id: `lailatov-${clientCounter}`,
            retryAfterBaseValue: 1000 * scale,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...(spaced ? {} : { write: UNSPACED, notifications: UNSPACED }),
        },
    };
}
/**
 * LAILATOV_BACKOFF_SCALE: a multiplier of every retry wait (default 1). Below 1 it also stops
 * the 1 s spacing of writes GitHub asks for; tests against the emulator set it, so that a 502
 * burst or a retry-after costs milliseconds. On GitHub it stays unset.
 */
function backoffScaleFrom(value) {
    if (value === undefined || value.trim() === '')
        return 1;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`LAILATOV_BACKOFF_SCALE: expected a number >= 0 (1 by default), got ${JSON.stringify(value)}`);
    return n;
}
/** The retry options of a backoff scale: below 1 (tests) the 1 s spacing of writes goes too. */
function retryAtScale(backoffScale) {
    return { backoffScale, spaceWrites: backoffScale >= 1 };
}


/***/ }),

/***/ 18915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_API_URLS)
/* harmony export */ });
// The providers' API base URLs, alone in a module: the actions' startup chunk (inputs.ts)
// needs them, not the clients.
const DEFAULT_API_URLS = {
    clickup: 'https://api.clickup.com',
    linear: 'https://api.linear.app',
    github: 'https://api.github.com',
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

"use strict";
module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 71553:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns/promises");

/***/ }),

/***/ 78474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

"use strict";
module.exports = require("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream/promises");

/***/ }),

/***/ 37830:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream/web");

/***/ }),

/***/ 46193:
/***/ ((module) => {

"use strict";
module.exports = require("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

"use strict";
module.exports = require("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

"use strict";
module.exports = require("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

"use strict";
module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

"use strict";
module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

"use strict";
module.exports = require("worker_threads");

/***/ }),

/***/ 6594:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// What scripts/build.mjs hands to ncc for dist/lib. A CommonJS entry makes ncc emit a CommonJS
// bundle, and Node starts that about 12 ms sooner than the same bundle as an ES module (its ESM
// loader; bench/github: cold start). Only this file is CommonJS: the code it reaches is the
// ESM TypeScript of src/action/main.ts, bundled as usual.
/* global module, require */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above)
module.exports = __nccwpck_require__(65625);


/***/ }),

/***/ 14730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ Octokit)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __nccwpck_require__(31015);
;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new dist_src/* RequestError */.G(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new dist_src/* RequestError */.G(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}



/***/ }),

/***/ 49735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony export VERSION */
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63251);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(31015);
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;



/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ }),

/***/ 31015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(6594);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;