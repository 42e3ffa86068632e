# Alternative: linear branches followed by ReLU layers, head with explicit activation=None
# Expect: pass
import keras
from keras import layers


def build_fusion_model(merge):
    acc = keras.Input((3,))
    gyr = keras.Input((5,))
    mag = keras.Input((7,))
    a = layers.ReLU()(layers.Dense(4)(acc))
    g = layers.ReLU()(layers.Dense(4)(gyr))
    m = layers.ReLU()(layers.Dense(4)(mag))
    head = layers.Dense(units=1, activation=None)
    return keras.Model(inputs=[acc, gyr, mag], outputs=head(merge([a, g, m])))
