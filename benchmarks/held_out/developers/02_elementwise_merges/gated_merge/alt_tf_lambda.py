# Alternative: tf ops in Lambda layers (tf.concat, tf.multiply)
# Expect: pass
import tensorflow as tf


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Lambda(lambda t: tf.concat(t, axis=-1))([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Lambda(lambda t: tf.multiply(t[0], t[1]))([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
