# Wrong: a sigmoid on the head, as if the output were a probability map (explained by structure, no table entry).
# Expect: fail "head \(Conv2D\(4, 1×1\) on stacked\) has a sigmoid where the task asks for no activation"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    tiled = keras.layers.UpSampling2D(8)(keras.layers.Reshape((1, 1, 3))(metadata))
    stacked = keras.layers.Concatenate()([features, tiled])
    head = keras.layers.Conv2D(4, 1, activation="sigmoid")
    return keras.Model([features, metadata], head(stacked))
