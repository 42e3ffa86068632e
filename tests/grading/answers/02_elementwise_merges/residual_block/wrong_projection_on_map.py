# Misconception: the shortcut is projected straight from the 4×4×8 map, before Flatten; Dense
# then works on the channels of every position and Add broadcasts the 16 branch values over
# the grid without an error (explained by structure, no table entry).
# Expect: fail "the projection \(Dense\(16\)\) reads the features input"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(features)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
