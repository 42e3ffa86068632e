# Misconception: a new head on top of the whole base replaces its old head (the old
# head stays, and the new one reads its 4 probabilities).
# Expect: fail "with layers after 'features' still in the model: 'old_head'"
def build_service_model(base):
    base.trainable = False
    readings = keras.Input(shape=(8,))
    old_output = base(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(old_output))
