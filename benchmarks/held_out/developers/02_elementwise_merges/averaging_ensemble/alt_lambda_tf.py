# Alternative: a Lambda with tf.reduce_mean over tf.stack, members in the other order
# Expect: pass
import tensorflow as tf


def build_ensemble():
    x = keras.Input((6,))
    linear = keras.layers.Dense(4, activation="softmax")(x)
    h = keras.layers.Dense(5, activation="relu")(x)
    network = keras.layers.Dense(4, activation="softmax")(h)
    avg = keras.layers.Lambda(lambda ts: tf.reduce_mean(tf.stack(ts, axis=0), axis=0))([linear, network])
    return keras.Model(inputs=x, outputs=avg)
