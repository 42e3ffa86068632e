# Misconception: used a Dense(8*8*3) + Reshape to "spread" the metadata (learns, not repeats)
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = keras.layers.Dense(8 * 8 * 3)(metadata)
    spread = keras.layers.Reshape((8, 8, 3))(spread)
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
