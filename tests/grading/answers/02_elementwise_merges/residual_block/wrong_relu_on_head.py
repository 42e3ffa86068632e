# Misconception: the block's ReLU goes at the end of the model, on the head, not after the
# addition (a misplaced activation, explained by the architecture's one-change search, which
# moves an activation, no table entry).
# Expect: fail "the relu that the task puts after summed is on head in your model"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Add()([branch, shortcut])
    return keras.Model(features, keras.layers.Dense(3, activation="relu")(merged))
