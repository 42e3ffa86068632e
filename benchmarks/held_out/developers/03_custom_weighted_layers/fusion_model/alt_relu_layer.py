# Alternative: each branch a linear Dense followed by a ReLU layer
# Expect: pass
from keras import layers


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = layers.ReLU()(layers.Dense(4)(acc))
    g = layers.ReLU()(layers.Dense(4)(gyro))
    m = layers.ReLU()(layers.Dense(4)(mag))
    return keras.Model([acc, gyro, mag], layers.Dense(1)(merge([a, g, m])))
