# Misconception: two layers given the same name are one layer (Keras refuses the name; the task needs one instance) (explained from the graph Keras was building by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "a second layer of the same name stands beside Dense layer 'shared_encoder', with variables and values of its own, where the task shares one layer, called on every input"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_code = keras.layers.Dense(6, activation="tanh", name="shared_encoder")(left)
    right_code = keras.layers.Dense(6, activation="tanh", name="shared_encoder")(right)
    difference = keras.layers.Subtract()([left_code, right_code])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(difference))
