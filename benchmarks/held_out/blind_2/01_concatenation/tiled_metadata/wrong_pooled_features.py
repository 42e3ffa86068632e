# Misconception: pooled the map down to a vector to meet the metadata, then rebuilt a map
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pooled = keras.layers.GlobalAveragePooling2D()(features)
    merged = keras.layers.Concatenate()([pooled, metadata])
    merged = keras.layers.RepeatVector(64)(merged)
    merged = keras.layers.Reshape((8, 8, 19))(merged)
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(merged))
