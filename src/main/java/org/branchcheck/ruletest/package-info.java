/**
 * Rule-set tests: YAML files beside a rule set holding small inline datasets and the outcome
 * expected per (rule, subject); loading them, running them through the engine, checking that every
 * rule is exercised, and writing the result like a test runner.
 */
package org.branchcheck.ruletest;
