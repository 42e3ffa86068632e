# Alternative: convolutions without activation followed by separate ReLU layers
# Expect: pass
import keras
from keras import layers


def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = layers.ReLU()(layers.Conv2D(8, 3, padding="same")(image))
    b = layers.Activation("relu")(layers.Conv2D(4, 1)(image))
    stacked = layers.concatenate([a, b], axis=-1)
    return keras.Model(image, layers.Conv2D(filters=2, kernel_size=1)(stacked))
