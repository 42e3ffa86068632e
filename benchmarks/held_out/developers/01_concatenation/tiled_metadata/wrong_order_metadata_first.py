# Misconception: the metadata channels go first
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = keras.layers.Reshape((8, 8, 3))(keras.layers.RepeatVector(64)(metadata))
    stacked = keras.layers.Concatenate()([spread, features])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
