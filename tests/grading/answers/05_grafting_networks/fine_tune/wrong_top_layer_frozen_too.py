# Misconception: fine-tuning means freezing the base (then only the head learns and
# nothing of the base is fine-tuned).
# Expect: fail "the whole extractor is frozen"
def prepare_fine_tuning(model, extractor):
    extractor.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
