# Wrong: the metadata map stacked before the feature map.
# Expect: fail "metadata map was stacked before the feature map"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    tiled = keras.layers.UpSampling2D(8)(keras.layers.Reshape((1, 1, 3))(metadata))
    stacked = keras.layers.Concatenate()([tiled, features])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
