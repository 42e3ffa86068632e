# Misconception: flattened the map to concatenate it with the metadata vector
# Expect: fail
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    flat = keras.layers.Flatten()(features)
    merged = keras.layers.Concatenate()([flat, metadata])
    out = keras.layers.Dense(8 * 8 * 4)(merged)
    return keras.Model([features, metadata], keras.layers.Reshape((8, 8, 4))(out))
