# Misconception: the whole base, old_head included, under the new head
# Expect: fail
def build_service_model(base):
    base.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(base(readings)))
