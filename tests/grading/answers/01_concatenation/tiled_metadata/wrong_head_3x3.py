# Wrong: a 3×3 head where the task asks for a 1×1 Conv2D (explained by structure, no table entry).
# Expect: fail "the head \(Conv2D\) .* 3×3 kernel"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    tiled = keras.layers.UpSampling2D(8)(keras.layers.Reshape((1, 1, 3))(metadata))
    stacked = keras.layers.Concatenate()([features, tiled])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 3, padding="same")(stacked))
