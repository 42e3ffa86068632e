# Alternative: Lambda with keras.ops.tile and an explicit output_shape
# Expect: pass
import keras


def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    m = keras.layers.Lambda(
        lambda t: keras.ops.tile(keras.ops.expand_dims(keras.ops.expand_dims(t, 1), 1), (1, 8, 8, 1)),
        output_shape=(8, 8, 3),
    )(metadata)
    stacked = keras.layers.Concatenate()([features, m])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
