# Misconception: "prepare for fine-tuning" includes a first round of training (the
# function must leave the weights it is given as they are; fit is the caller's).
# (explained from a snapshot of the given model taken by ag.call, no table entry)
# Expect: fail "changed the values of the model given to prepare_fine_tuning\(\): it trained it"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-3), loss="categorical_crossentropy")
    model.fit(READINGS, NEEDS_SERVICE, epochs=1, verbose=0)
    return model
