# Misconception: placed metadata at one position and zero-padded the rest, thinking the conv would spread it
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    m = keras.layers.Reshape((1, 1, 3))(metadata)
    m = keras.layers.ZeroPadding2D(((0, 7), (0, 7)))(m)
    stacked = keras.layers.Concatenate()([features, m])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
