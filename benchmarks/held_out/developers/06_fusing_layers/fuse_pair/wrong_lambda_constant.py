# Misconception: a Lambda layer doing the fused product with tf ops is a fused layer (no Dense at all)
# Expect: fail
import tensorflow as tf


def fuse_pair(pair):
    w1, b1 = pair.get_layer("first").get_weights()
    w2, b2 = pair.get_layer("second").get_weights()
    kernel = tf.constant(w1 @ w2)
    bias = tf.constant(b1 @ w2 + b2)
    inputs = keras.Input(shape=(6,))
    outputs = keras.layers.Lambda(lambda x: tf.matmul(x, kernel) + bias)(inputs)
    return keras.Model(inputs, outputs)
