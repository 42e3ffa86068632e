# Misconception: Concatenate broadcasts a vector over a feature map (like NumPy would).
# Expect: fail "different ranks"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    stacked = keras.layers.Concatenate()([features, metadata])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
