# Alternative: a Lambda around tf.concat on axis -1, ReLU layers
# Expect: pass
import tensorflow as tf
from keras import layers


def build_two_branch_model():
    numbers = keras.Input(shape=(4,))
    text = keras.Input(shape=(6,))
    a = layers.ReLU()(layers.Dense(8)(numbers))
    b = layers.ReLU()(layers.Dense(8)(text))
    merged = layers.Lambda(lambda t: tf.concat(t, axis=-1))([a, b])
    return keras.Model([numbers, text], layers.Dense(1)(merged))
