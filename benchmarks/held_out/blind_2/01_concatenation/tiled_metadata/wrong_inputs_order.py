# Misconception: listed the metadata input first in the model
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    m = keras.layers.Reshape((1, 1, 3))(metadata)
    m = keras.layers.UpSampling2D((8, 8))(m)
    stacked = keras.layers.Concatenate()([features, m])
    return keras.Model([metadata, features], keras.layers.Conv2D(4, 1)(stacked))
