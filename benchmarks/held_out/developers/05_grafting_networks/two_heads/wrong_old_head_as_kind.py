# Misconception: the base already has a 4-class head, so reuse old_head for the kind
# Expect: fail
def build_two_heads(base):
    features = base.get_layer("features").output
    hours = keras.layers.Dense(1, name="hours")(features)
    model = keras.Model(base.input, [base.output, hours])
    model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "mse"],
                  loss_weights=[1.0, 0.1])
    return model
