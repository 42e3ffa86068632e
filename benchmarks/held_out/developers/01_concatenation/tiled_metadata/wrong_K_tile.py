# Misconception: the Keras 2 backend K.tile / K.reshape still exist
# Expect: fail
from keras import backend as K


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = K.tile(K.reshape(metadata, (-1, 1, 1, 3)), (1, 8, 8, 1))
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
